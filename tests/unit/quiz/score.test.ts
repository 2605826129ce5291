import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCaseQuiz } from '../../../src/quiz/build-quiz.ts';
import { formatCredit, judgeAnswer, scoreAnswers, scoresByCase } from '../../../src/quiz/score.ts';
import type { QuizQuestion } from '../../../src/quiz/types.ts';

const single: QuizQuestion = {
  id: 'c/urgency', caseId: 'c', kind: 'urgency', prompt: 'How urgent?', multiple: false,
  options: [
    { id: 'emergency', text: 'Emergency', correct: true, feedback: 'Right.' },
    { id: 'refer', text: 'Refer', correct: false, feedback: 'No.' },
    { id: 'in-scope', text: 'In scope', correct: false, feedback: 'No.' },
  ],
  explanation: 'Because.', lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
};
const multiple: QuizQuestion = {
  id: 'c/drivers', caseId: 'c', kind: 'drivers', prompt: 'Which?', multiple: true,
  options: [
    { id: 'a', text: 'A', correct: true, feedback: 'Right.' },
    { id: 'b', text: 'B', correct: true, feedback: 'Right.' },
    { id: 'c', text: 'C', correct: true, feedback: 'Right.' },
    { id: 'x', text: 'X', correct: false, feedback: 'No.' },
    { id: 'y', text: 'Y', correct: false, feedback: 'No.' },
  ],
  explanation: 'Because.', lesson: '/lessons/red-flags-and-referral/#urgency-levels',
};
const other: QuizQuestion = { ...single, id: 'd/urgency', caseId: 'd', lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome' };

describe('judging one answer', () => {
  it('a single-answer question is right only with the one right option', () => {
    expect(judgeAnswer(single, ['emergency'])).toMatchObject({ correct: true, credit: 1, answered: true });
    expect(judgeAnswer(single, ['refer'])).toMatchObject({ correct: false, credit: 0, answered: true });
    expect(judgeAnswer(single, ['emergency', 'refer']), 'two picks on a radio question').toMatchObject({ correct: false, credit: 0 });
    expect(judgeAnswer(single, [])).toMatchObject({ correct: false, answered: false });
  });

  it('ignores unknown ids and repeats, and lists the chosen options in option order', () => {
    expect(judgeAnswer(single, ['<script>', 'emergency', 'emergency'])).toMatchObject({ correct: true, chosen: ['emergency'] });
    expect(judgeAnswer(multiple, ['y', 'a', 'nope']).chosen).toEqual(['a', 'y']);
    expect(judgeAnswer(single, ['__proto__']).answered).toBe(false);
  });

  it('a multiple-answer question is all-or-nothing, with partial credit shown beside it', () => {
    expect(judgeAnswer(multiple, ['a', 'b', 'c'])).toMatchObject({ correct: true, credit: 1 });
    expect(judgeAnswer(multiple, ['a', 'b'])).toMatchObject({ correct: false, rightChosen: 2, wrongChosen: 0, rightTotal: 3 });
    expect(judgeAnswer(multiple, ['a', 'b']).credit).toBeCloseTo(2 / 3);
    expect(judgeAnswer(multiple, ['a', 'b', 'c', 'x'])).toMatchObject({ correct: false, wrongChosen: 1 });
    expect(judgeAnswer(multiple, ['a', 'b', 'c', 'x']).credit).toBeCloseTo(2 / 3);
    expect(judgeAnswer(multiple, ['a', 'x', 'y']).credit, 'never below zero').toBe(0);
    expect(judgeAnswer(multiple, ['a', 'b', 'c', 'x', 'y']).credit, 'choosing everything earns little').toBeCloseTo(1 / 3);
  });
});

describe('scoring a set', () => {
  it('counts right answers, totals partial credit, and lists each lesson of a wrong answer once', () => {
    const result = scoreAnswers([single, multiple, other], [
      { questionId: 'c/urgency', chosen: ['refer'] },
      { questionId: 'c/drivers', chosen: ['a', 'b'] },
      { questionId: 'd/urgency', chosen: ['emergency'] },
    ]);
    expect(result.score).toBe(1);
    expect(result.total).toBe(3);
    expect(formatCredit(result.credit)).toBe('1.7');
    expect(result.lessonsToRevisit).toEqual(['/lessons/red-flags-and-referral/#cauda-equina-syndrome', '/lessons/red-flags-and-referral/#urgency-levels']);
    expect(scoresByCase(result)).toEqual([{ caseId: 'c', score: 0, total: 2 }, { caseId: 'd', score: 1, total: 1 }]);
  });

  it('an unanswered question counts as wrong and its lesson is listed', () => {
    const result = scoreAnswers([single], []);
    expect(result).toMatchObject({ score: 0, total: 1, credit: 0, lessonsToRevisit: [single.lesson] });
  });

  it('all right: nothing to revisit', () => {
    const result = scoreAnswers([single, multiple], [{ questionId: 'c/urgency', chosen: ['emergency'] }, { questionId: 'c/drivers', chosen: ['c', 'b', 'a'] }]);
    expect(result).toMatchObject({ score: 2, total: 2, credit: 2, lessonsToRevisit: [] });
  });

  it('choosing every right option of a real quiz scores full marks; any answers keep 0 <= credit <= total', () => {
    const quiz = buildCaseQuiz('score-me', {
      title: 'A test case',
      story: { client: 'x', history: 'x', reports: 'x', assessment: 'x' },
      findings: ['muscle-weakness', 'reflex-change', 'radiating-leg-pain', 'dermatomal-pattern'],
      topics: ['referral'], difficulty: 'foundation', lessons: ['/lessons/nerve-root-problems/#neurological-signs'],
      anatomy: { root: 'S1' },
    });
    const perfect = quiz.questions.map((q) => ({ questionId: q.id, chosen: q.options.filter((o) => o.correct).map((o) => o.id) }));
    expect(scoreAnswers(quiz.questions, perfect)).toMatchObject({ score: quiz.questions.length, credit: quiz.questions.length, lessonsToRevisit: [] });
    const anyAnswers = fc.array(fc.record({ questionId: fc.constantFrom(...quiz.questions.map((q) => q.id), 'other'), chosen: fc.array(fc.string()) }));
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const r = scoreAnswers(quiz.questions, answers);
        expect(r.score).toBeLessThanOrEqual(r.total);
        expect(r.credit).toBeGreaterThanOrEqual(r.score);
        expect(r.credit).toBeLessThanOrEqual(r.total);
      }),
      { numRuns: 200 },
    );
  });
});
