import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, SOURCE_IDS, URGENCY_LEVELS, isLessonLink, triage, type FindingId } from '../../../src/rules/index.ts';
import { ROOT_IDS, rootById, rootLabel, type RootId } from '../../../src/data/dermatomes/index.ts';
import { buildCaseQuiz, type CaseInput } from '../../../src/quiz/build-quiz.ts';
import { SESSIONS_OPTION_ID } from '../../../src/quiz/questions/drivers.ts';
import type { CaseQuiz, QuizQuestion } from '../../../src/quiz/types.ts';
import { readCaseFiles } from '../helpers/cases.ts';

const STORY = {
  client: 'Sam, 40, an office worker.',
  history: 'A month of trouble, no injury remembered.',
  reports: 'An ache that comes and goes through the day.',
  assessment: 'Nothing unusual on a quick look.',
};

function aCase(findings: FindingId[], extra: Partial<CaseInput> = {}): CaseInput {
  return { title: 'A test case', story: STORY, findings, topics: ['referral'], difficulty: 'foundation', lessons: ['/lessons/red-flags-and-referral/#urgency-levels'], ...extra };
}

const question = (quiz: CaseQuiz, kind: string) => quiz.questions.find((q) => q.kind === kind);
const rightIds = (q: QuizQuestion | undefined) => q?.options.filter((o) => o.correct).map((o) => o.id).sort() ?? [];


/** Invariants every quiz keeps, whatever the case. */
function expectWellFormed(quiz: CaseQuiz): void {
  expect(quiz.questions[0]?.kind).toBe('urgency');
  expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
  for (const q of quiz.questions) {
    expect(q.id).toBe(`${quiz.caseId}/${q.kind}`);
    expect(q.caseId).toBe(quiz.caseId);
    expect(q.multiple, q.id).toBe(q.kind === 'drivers');
    const rights = q.options.filter((o) => o.correct).length;
    if (q.multiple) expect(rights, q.id).toBeGreaterThanOrEqual(1);
    else expect(rights, `${q.id} has exactly one right option`).toBe(1);
    expect(q.options.length, q.id).toBeGreaterThan(rights);
    expect(new Set(q.options.map((o) => o.id)).size, `${q.id} option ids are unique`).toBe(q.options.length);
    for (const o of q.options) {
      expect(o.text.trim(), `${q.id}/${o.id} text`).not.toBe('');
      expect(o.feedback.length, `${q.id}/${o.id} has feedback`).toBeGreaterThan(20);
      expect(o.feedback.startsWith('Right.'), `${q.id}/${o.id} feedback agrees with the key`).toBe(o.correct);
    }
    expect(q.explanation.length, `${q.id} explanation`).toBeGreaterThan(30);
    expect(isLessonLink(q.lesson), `${q.id} lesson ${q.lesson}`).toBe(true);
    expect(`${q.prompt} ${q.explanation} ${q.options.map((o) => o.feedback).join(' ')}`).not.toMatch(/undefined|NaN|\[object/);
  }
}

/** The key of every rules question is what triage() decides. */
function expectKeyEqualsTriage(quiz: CaseQuiz, input: CaseInput): void {
  const result = triage({ findings: input.findings as FindingId[], sessionsWithoutImprovement: input.sessionsWithoutImprovement });
  expect(rightIds(question(quiz, 'urgency'))).toEqual([result.urgency]);
  const source = question(quiz, 'source');
  const [top, second] = result.likelySources;
  if (top && top.id !== 'serious-pathology' && top.score !== second?.score) {
    expect(rightIds(source)).toEqual([top.id]);
    expect(source?.options).toHaveLength(4);
    expect(source?.options.every((o) => (SOURCE_IDS as readonly string[]).includes(o.id))).toBe(true);
  } else {
    expect(source, 'no source question when nothing ranks, two sources tie, or serious pathology is possible').toBeUndefined();
  }
  const drivers = question(quiz, 'drivers');
  if (result.urgency !== 'in-scope') {
    const expected = result.rules
      .filter((r) => r.level === result.urgency)
      .flatMap((r) => [...r.because.findings, ...(r.because.sessionsWithoutImprovement !== undefined ? [SESSIONS_OPTION_ID] : [])]);
    expect(rightIds(drivers)).toEqual([...new Set(expected)].sort());
  } else if (drivers) {
    const best = result.likelySources[0]!.score;
    const clues = result.likelySources.filter((s) => s.score === best).flatMap((s) => s.clues);
    expect(rightIds(drivers)).toEqual([...new Set(clues)].sort());
  }
  const anatomy = question(quiz, 'anatomy');
  expect(rightIds(anatomy)).toEqual(input.anatomy ? [input.anatomy.root] : []);
}

describe('every case in content/cases', () => {
  const files = readCaseFiles();

  it('there are cases', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    it(`${file.id}: passes the schema, builds, and its key equals triage()`, () => {
      expect(file.error, `content/cases/${file.id}.yaml`).toBeUndefined();
      const quiz = buildCaseQuiz(file.id, file.data!);
      expectWellFormed(quiz);
      expectKeyEqualsTriage(quiz, file.data!);
      expect(quiz.title).toBe(file.data!.title);
      expect(quiz.lessons).toEqual(file.data!.lessons);
    });
  }

  it('question ids are unique across the site', () => {
    const ids = files.filter((f) => f.data).flatMap((f) => buildCaseQuiz(f.id, f.data!).questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('buildCaseQuiz on made-up cases', () => {
  it('for any findings and session count, the quiz is well formed and its key equals triage()', () => {
    const input = fc.record({
      findings: fc.uniqueArray(fc.constantFrom(...FINDING_IDS), { minLength: 1, maxLength: 10 }),
      sessions: fc.option(fc.nat({ max: 8 }), { nil: undefined }),
      root: fc.option(fc.constantFrom(...ROOT_IDS), { nil: undefined }),
    });
    fc.assert(
      fc.property(input, ({ findings, sessions, root }) => {
        const data = aCase(findings, { sessionsWithoutImprovement: sessions, anatomy: root ? { root } : undefined });
        const quiz = buildCaseQuiz('made-up', data);
        expectWellFormed(quiz);
        expectKeyEqualsTriage(quiz, data);
      }),
      { numRuns: 300 },
    );
  });

  it('urgency offers all four levels, most urgent first', () => {
    const quiz = buildCaseQuiz('urgency-order', aCase(['deep-buttock-pain']));
    expect(question(quiz, 'urgency')?.options.map((o) => o.id)).toEqual([...URGENCY_LEVELS]);
  });

  it('the session rule alone refers, and the session count is then the one driver', () => {
    const quiz = buildCaseQuiz('four-sessions', aCase(['deep-buttock-pain', 'prolonged-sitting'], { sessionsWithoutImprovement: 4 }));
    expect(rightIds(question(quiz, 'urgency'))).toEqual(['refer']);
    const drivers = question(quiz, 'drivers')!;
    expect(rightIds(drivers)).toEqual([SESSIONS_OPTION_ID]);
    expect(drivers.options.find((o) => o.id === SESSIONS_OPTION_ID)?.text).toBe('No improvement after 4 sessions');
    expect(drivers.lesson).toBe('/lessons/red-flags-and-referral/#the-session-rule');
  });

  it('below the session rule, the count is a distractor that says why', () => {
    const quiz = buildCaseQuiz('two-sessions', aCase(['deep-buttock-pain'], { sessionsWithoutImprovement: 2 }));
    const option = question(quiz, 'drivers')!.options.find((o) => o.id === SESSIONS_OPTION_ID);
    expect(option?.correct).toBe(false);
    expect(option?.feedback).toMatch(/session count/);
  });

  it('in an emergency, a present referral sign is a distractor that explains the emergency outranks it', () => {
    const quiz = buildCaseQuiz('mixed', aCase(['saddle-anesthesia', 'muscle-weakness', 'radiating-leg-pain']));
    const drivers = question(quiz, 'drivers')!;
    expect(rightIds(drivers)).toEqual(['saddle-anesthesia']);
    expect(drivers.options.find((o) => o.id === 'muscle-weakness')?.feedback).toMatch(/outrank/);
    expect(drivers.options.find((o) => o.id === 'radiating-leg-pain')?.feedback).toMatch(/clues never change the urgency/);
  });

  it('a within-scope case asks for the clues behind the top source, with clues of other sources as distractors', () => {
    const quiz = buildCaseQuiz('gluteal', aCase(['hip-abductor-pressure-reproduces-pain', 'radiating-leg-pain']));
    expect(rightIds(question(quiz, 'urgency'))).toEqual(['in-scope']);
    expect(rightIds(question(quiz, 'source'))).toEqual(['trigger-point-referral']);
    const drivers = question(quiz, 'drivers')!;
    expect(rightIds(drivers)).toEqual(['hip-abductor-pressure-reproduces-pain']);
    expect(drivers.options.find((o) => o.id === 'radiating-leg-pain')?.feedback).toMatch(/points to lumbar nerve root rather than trigger-point referral/);
  });

  it('neurological signs count against trigger-point referral in its feedback', () => {
    // Only the nerve root ranks here; the case id 'neuro-signs' draws trigger-point referral as a distractor.
    const quiz = buildCaseQuiz('neuro-signs', aCase(['reflex-change', 'muscle-weakness', 'dermatomal-pattern']));
    const option = question(quiz, 'source')?.options.find((o) => o.id === 'trigger-point-referral');
    expect(option, 'trigger-point referral is offered').toBeDefined();
    expect(option!.feedback).toMatch(/^Unlikely\. Against it: mild, stable muscle weakness and changed reflexes\./);
  });

  it('a tie for the top source asks no source question', () => {
    // radiating pain and tingling weigh the same for the nerve root and the piriformis.
    const quiz = buildCaseQuiz('tie', aCase(['radiating-leg-pain', 'leg-tingling-or-numbness']));
    expect(question(quiz, 'source')).toBeUndefined();
  });

  it('a systemic flag asks urgency and drivers, and never asks for a musculoskeletal source', () => {
    const quiz = buildCaseQuiz('fever', aCase(['fever', 'deep-buttock-pain', 'prolonged-sitting', 'radiating-leg-pain']));
    expect(quiz.questions.map((q) => q.kind)).toEqual(['urgency', 'drivers']);
  });

  it('an urgent case marks emergency as over-triage and names the same-day timescale', () => {
    const quiz = buildCaseQuiz('drop', aCase(['foot-drop', 'radiating-leg-pain']));
    const urgency = question(quiz, 'urgency')!;
    expect(rightIds(urgency)).toEqual(['urgent']);
    const emergency = urgency.options.find((o) => o.id === 'emergency')!.feedback;
    expect(emergency).toMatch(/^More urgent than this case needs/);
    expect(emergency).toMatch(/same day, and within 48 hours at most/);
    expect(emergency).not.toMatch(/not emergency care/);
    expect(urgency.options.find((o) => o.id === 'refer')!.feedback).toMatch(/^Not urgent enough/);
    expect(urgency.options.find((o) => o.id === 'in-scope')!.feedback).toMatch(/^Not safe.*No massage/);
  });

  it('three sessions with unchanged measures refer, and the quiz accepts the measures and the count as drivers', () => {
    const quiz = buildCaseQuiz('measured', aCase(['deep-buttock-pain', 'objective-measures-unchanged'], { sessionsWithoutImprovement: 3 }));
    expect(rightIds(question(quiz, 'urgency'))).toEqual(['refer']);
    expect(rightIds(question(quiz, 'drivers'))).toEqual(['objective-measures-unchanged', SESSIONS_OPTION_ID].sort());
  });

  it('lists options in a fixed order for a case id, on every build (golden)', () => {
    // Case pages, answer keys, shared assignments and LMS exports all show this order.
    const quiz = buildCaseQuiz('neuro-signs', aCase(['reflex-change', 'muscle-weakness', 'dermatomal-pattern'], { anatomy: { root: 'L5' } }));
    expect(quiz.questions.map((q) => [q.kind, q.options.map((o) => o.id)])).toEqual([
      ['urgency', ['emergency', 'urgent', 'refer', 'in-scope']],
      ['source', ['trigger-point-referral', 'nerve-root', 'stenosis', 'piriformis']],
      ['drivers', ['dermatomal-pattern', 'sexual-dysfunction', 'progressive-neuro-deficit', 'muscle-weakness', 'stable-bilateral-leg-symptoms', 'reflex-change']],
      ['anatomy', ['L3', 'L4', 'L5', 'S1']],
    ]);
  });

  it('option order is fixed by the case id, and differs between cases', () => {
    const findings: FindingId[] = ['deep-buttock-pain', 'prolonged-sitting', 'radiating-leg-pain'];
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => question(buildCaseQuiz(id, aCase(findings)), 'source')!.options.map((o) => o.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('the anatomy question', () => {
  it.each(ROOT_IDS.map((root) => [root]))('key %s: neighbouring roots, wording from the dermatome data', (root: RootId) => {
    const quiz = buildCaseQuiz('roots', aCase(['dermatomal-pattern'], { anatomy: { root } }));
    const q = question(quiz, 'anatomy')!;
    expect(q.prompt).toBe('Which root’s dermatome best matches where this client feels it?');
    expect(rightIds(q)).toEqual([root]);
    expect(q.options).toHaveLength(4);
    const at = ROOT_IDS.indexOf(root);
    const indexes = q.options.map((o) => ROOT_IDS.indexOf(o.id as RootId));
    expect(indexes, 'listed top to bottom').toEqual([...indexes].sort((a, b) => a - b));
    expect(Math.max(...indexes.map((i) => Math.abs(i - at))), 'only near neighbours').toBeLessThanOrEqual(3);
    for (const o of q.options) {
      const facts = rootById(o.id as RootId);
      expect(o.text).toBe(rootLabel(o.id as RootId));
      expect(o.feedback).toContain(facts.skin);
      expect(o.feedback).toContain(facts.keyPoint.name);
    }
    expect(q.explanation).toContain(rootById(root).skinPhrase);
    expect(q.lesson).toBe('/lessons/nerve-root-problems/#dermatomes');
  });
});
