import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDINGS, FINDING_IDS, URGENCY, levelInCase, type FindingId, type Urgency } from '../../../src/rules/index.ts';
import { buildCaseQuiz, type CaseInput } from '../../../src/quiz/build-quiz.ts';
import type { CaseQuiz, QuizQuestion } from '../../../src/quiz/types.ts';
import { readCaseFiles } from '../helpers/cases.ts';

// What a student reads after answering (issue 11): every urgency feedback names the answer's level
// and timescale, an over-triaged answer explains the difference between the two levels, a finding
// raised by a companion is never said to be enough alone, and generated phrases read as sentences.

const STORY = { client: 'Sam, 40, an office worker.', history: 'A month of trouble.', reports: 'An ache that comes and goes.', assessment: 'Nothing unusual.' };
const aCase = (findings: FindingId[], sessionsWithoutImprovement?: number): CaseInput => ({
  title: 'A test case',
  story: STORY,
  findings,
  sessionsWithoutImprovement,
  topics: ['referral'],
  difficulty: 'foundation',
  lessons: ['/lessons/red-flags-and-referral/#urgency-levels'],
});
const question = (quiz: CaseQuiz, kind: string): QuizQuestion => quiz.questions.find((q) => q.kind === kind)!;
const option = (q: QuizQuestion, id: string) => q.options.find((o) => o.id === id)!.feedback;
const keyOf = (q: QuizQuestion) => q.options.find((o) => o.correct)!.id as Urgency;
const withTime = (level: Urgency) => `${URGENCY[level].label} (${URGENCY[level].timescale.charAt(0).toLowerCase()}${URGENCY[level].timescale.slice(1)})`;

/** Every text a student can see in the urgency and drivers questions. */
function texts(quiz: CaseQuiz): string[] {
  return quiz.questions.filter((q) => q.kind !== 'anatomy').flatMap((q) => [q.prompt, q.explanation, ...q.options.map((o) => o.feedback)]);
}

function expectReadable(quiz: CaseQuiz): void {
  const urgency = question(quiz, 'urgency');
  const key = keyOf(urgency);
  for (const o of urgency.options) expect(o.feedback, `${quiz.caseId}/${o.id} names the answer's level and timescale`).toContain(withTime(key));
  expect(urgency.explanation.startsWith(withTime(key)), `${quiz.caseId} explanation opens with the level`).toBe(true);
  for (const text of texts(quiz)) {
    expect(text, quiz.caseId).not.toMatch(/not emergency care/);
    expect(text, `${quiz.caseId}: no doubled spaces or stray punctuation`).not.toMatch(/ {2}|\s[.,:;]|\.\.|, ,|: \./);
    expect(text, quiz.caseId).not.toMatch(/make the case (emergency|urgent|refer)\b/);
  }
}

describe('urgency and drivers feedback reads well', () => {
  for (const file of readCaseFiles()) {
    it(`${file.id}`, () => expectReadable(buildCaseQuiz(file.id, file.data!)));
  }

  it('for any findings and session count', () => {
    const input = fc.record({
      findings: fc.uniqueArray(fc.constantFrom(...FINDING_IDS), { minLength: 1, maxLength: 8 }),
      sessions: fc.option(fc.nat({ max: 6 }), { nil: undefined }),
    });
    fc.assert(fc.property(input, ({ findings, sessions }) => expectReadable(buildCaseQuiz('made-up', aCase(findings, sessions)))), { numRuns: 300 });
  });
});

describe('what each answer says', () => {
  it('an urgent case answered Emergency explains the difference between the two levels in their own words', () => {
    const urgency = question(buildCaseQuiz('drop', aCase(['foot-drop', 'radiating-leg-pain'])), 'urgency');
    const feedback = option(urgency, 'emergency');
    expect(feedback).toMatch(/^More urgent than this case needs/);
    expect(feedback).toContain(`Emergency means: ${URGENCY.emergency.action.charAt(0).toLowerCase()}${URGENCY.emergency.action.slice(1)}`);
    expect(feedback).toContain(`Urgent means: ${URGENCY.urgent.action.charAt(0).toLowerCase()}${URGENCY.urgent.action.slice(1)}`);
  });

  it('a finding raised by a companion is named with it, and each deciding finding is named once', () => {
    const quiz = buildCaseQuiz('infection', aCase(['fever', 'recent-infection', 'radiating-leg-pain']));
    const urgency = question(quiz, 'urgency');
    expect(option(urgency, 'urgent')).toContain('The case shows fever and a recent infection.');
    expect(urgency.explanation).toContain('Also at this level: a recent infection together with fever.');
    expect(urgency.explanation).not.toMatch(/each enough on its own/);
    const drivers = question(quiz, 'drivers');
    expect(option(drivers, 'recent-infection')).toMatch(/^Right\. Together with fever, this puts the case at Urgent \(same day/);
    expect(option(drivers, 'fever')).toMatch(/^Right\. On its own, this puts the case at Urgent/);
    expect(drivers.explanation).toMatch(/^Fever and a recent infection put the case at Urgent/);
  });

  it('over-triage names the companion a finding would need to reach the higher level', () => {
    const alone = question(buildCaseQuiz('alone', aCase(['sexual-dysfunction', 'radiating-leg-pain'])), 'urgency');
    expect(keyOf(alone)).toBe('refer');
    expect(option(alone, 'emergency')).toContain('New sexual dysfunction would put the case at Emergency together with any other cauda equina sign, which the case does not show.');
    const cystitis = question(buildCaseQuiz('cystitis', aCase(['recent-infection'])), 'urgency');
    expect(option(cystitis, 'urgent')).toContain('A recent infection would put the case at Urgent together with a fever, which the case does not show.');
  });

  it('the right answer says what to do and whether treatment may go on', () => {
    for (const [findings, level] of [[['saddle-anesthesia'], 'emergency'], [['fever'], 'urgent'], [['night-pain'], 'refer']] as const) {
      const urgency = question(buildCaseQuiz(level, aCase([...findings])), 'urgency');
      expect(option(urgency, level)).toContain(`${URGENCY[level].action} Keep treating? ${URGENCY[level].treating}`);
    }
    const inScope = question(buildCaseQuiz('fine', aCase(['deep-buttock-pain'])), 'urgency');
    expect(option(inScope, 'in-scope')).toMatch(/^Right\. The answer is Within massage scope \(re-check at every session\)\./);
  });

  it('unchanged measures are a driver only with the session count, and the feedback says so', () => {
    const drivers = question(buildCaseQuiz('measured', aCase(['deep-buttock-pain', 'objective-measures-unchanged'], 3)), 'drivers');
    expect(option(drivers, 'objective-measures-unchanged')).toMatch(/^Right\. Together with no improvement after 3 sessions, this puts the case at Refer/);
  });

  it('a distractor the story does not show says so, and what it would mean on its own', () => {
    const drivers = question(buildCaseQuiz('drop', aCase(['foot-drop', 'radiating-leg-pain'])), 'drivers');
    const absent = drivers.options.filter((o) => !o.correct && !['foot-drop', 'radiating-leg-pain'].includes(o.id));
    expect(absent.length).toBeGreaterThan(0);
    for (const o of absent) {
      const level = FINDINGS.find((f) => f.id === o.id)!.level as Urgency;
      expect(o.feedback).toBe(`Not in this story: nothing in it shows this. On its own it would put a case at ${withTime(level)}.`);
    }
  });

  it('every escalation companion decides the case on its own too (the deciding list relies on it)', () => {
    for (const finding of FINDINGS) {
      for (const escalation of finding.escalations) {
        for (const companion of escalation.with) expect(levelInCase(companion, [companion]).level, `${finding.id} with ${companion}`).toBe(escalation.to);
      }
    }
  });
});
