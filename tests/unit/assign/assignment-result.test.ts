import { describe, expect, it } from 'vitest';
import { buildAssignmentResult, cleanName, nameProblems, resultChecksum, resultFileName, serializeResult, withStudentName } from '../../../src/quiz/assignment-result.ts';
import { readResultFile } from '../../../src/quiz/class-results/read-result.ts';
import { FIXTURE_QUIZZES } from './quiz-fixtures.ts';

const assignment = { title: 'Week 3: referral', caseIds: ['fixture-runner', 'fixture-lift'], seed: 42 };
const quizzes = [FIXTURE_QUIZZES[1]!, FIXTURE_QUIZZES[0]!];
const answers = [
  { questionId: 'fixture-runner/anatomy', chosen: ['S1'] },
  { questionId: 'fixture-runner/drivers', chosen: ['a', 'b'] },
  { questionId: 'fixture-lift/urgency', chosen: ['emergency'] },
  // fixture-lift/drivers left unanswered
];
const completedAt = new Date('2026-11-23T14:05:00Z');

describe('assignment result', () => {
  const result = buildAssignmentResult({ assignment, quizzes, answers, name: '  Ana López ', completedAt, siteUrl: 'https://atlas.example.edu' });

  it('records who, when and which assignment, with the full link', () => {
    expect(result.format).toBe('sciatic-atlas/assignment-result');
    expect(result.student).toEqual({ name: 'Ana López' });
    expect(result.completedAt).toBe('2026-11-23T14:05:00.000Z');
    expect(result.assignment).toEqual({
      title: 'Week 3: referral',
      caseIds: ['fixture-runner', 'fixture-lift'],
      seed: 42,
      link: 'https://atlas.example.edu/assignment/?t=Week%203%3A%20referral&c=fixture-runner,fixture-lift&s=42',
    });
  });

  it('scores as the quiz pages do: all-or-nothing, partial credit beside it, unanswered counts as wrong', () => {
    expect(result.score).toEqual({ right: 2, total: 4, percent: 50, credit: 2 });
    expect(result.cases.map((c) => [c.caseId, c.score, c.total])).toEqual([['fixture-runner', 1, 2], ['fixture-lift', 1, 2]]);
  });

  it('keeps each answer with its text, the right answers and the verdict', () => {
    const drivers = result.cases[0]!.questions[1]!;
    expect(drivers).toEqual({
      questionId: 'fixture-runner/drivers',
      kind: 'drivers',
      prompt: 'Which findings?',
      chosen: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }],
      right: [{ id: 'a', text: 'A' }],
      correct: false,
      credit: 0,
    });
    expect(result.cases[1]!.questions[1]!.chosen).toEqual([]);
    expect(result.lessonsToRevisit).toEqual(['/lessons/nerve-root-problems/#dermatomes', '/lessons/red-flags-and-referral/#cauda-equina-syndrome']);
  });

  it('a name typed after finishing replaces the old one, cleaned', () => {
    expect(withStudentName(result, 'Sam\u0000 <b>Lee</b>\u202E').student.name).toBe('Sam <b>Lee</b>');
    expect(cleanName('x'.repeat(200))).toHaveLength(120);
  });

  it('keeps a name in any script exactly as typed, joiners included; refuses only unsafe characters', () => {
    for (const name of ['Dr 👩‍⚕️ Rivera', 'سارا‌ احمدی', 'अर्जुन क्षत्रिय', 'Zoë  de  Wit', 'O’Neil-Smith']) {
      expect(nameProblems(name)).toEqual([]);
      expect(withStudentName(result, name).student.name).toBe(name);
    }
    expect(nameProblems('Ann\u202Eeb')[0]).toMatch(/control or text-direction character .*U\+202E/);
    expect(nameProblems('x'.repeat(121))[0]).toMatch(/longer than 120/);
    // A long name is cut between letters, never inside an emoji's joined sequence.
    const long = `${'a'.repeat(118)}👩‍⚕️`;
    expect(cleanName(long)).toBe('a'.repeat(118));
  });

  it('carries a checksum that catches an edited file', () => {
    const text = serializeResult(result);
    const file = JSON.parse(text);
    expect(file.checksum).toBe(resultChecksum(result));
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(readResultFile(text)).toMatchObject({ kind: 'ok', edited: false });
    const raised = text.replace('"right": 2,', '"right": 4,');
    expect(raised).not.toBe(text);
    expect(readResultFile(raised)).toMatchObject({ kind: 'ok', edited: true });
    // Re-indenting or reordering keys is not an edit of the contents.
    expect(readResultFile(JSON.stringify(file))).toMatchObject({ kind: 'ok', edited: false });
  });

  it('serialises to JSON that reads back the same, and names the file by assignment, student and day', () => {
    const { checksum, ...read } = JSON.parse(serializeResult(result));
    expect(read).toEqual(result);
    expect(checksum).toBe(resultChecksum(result));
    expect(resultFileName(result)).toBe('result-week-3-referral-ana-lopez-2026-11-23.json');
    expect(resultFileName(withStudentName(result, '☃'))).toBe('result-week-3-referral-student-2026-11-23.json');
  });
});
