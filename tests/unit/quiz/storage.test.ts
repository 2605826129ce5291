import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_SCORES_KEY, latestScore, parseQuizScores, serializeQuizScores, today, withCaseScore, type QuizScores } from '../../../src/quiz/storage.ts';

const NONE: QuizScores = { cases: new Map() };
const entries = (s: QuizScores) => Object.fromEntries(s.cases);

describe('stored quiz scores', () => {
  it('has a key of its own beside the other stored values', () => {
    expect(QUIZ_SCORES_KEY).toBe('sciatic-atlas:quiz-scores');
  });

  it('round-trips each case’s last score; a new score replaces the old', () => {
    let scores = withCaseScore(NONE, 'the-warehouse-lift', { score: 2, total: 3, at: '2026-11-20' });
    scores = withCaseScore(scores, 'trail-runner', { score: 4, total: 4, at: '2026-11-21' });
    scores = withCaseScore(scores, 'the-warehouse-lift', { score: 3, total: 3, at: '2026-11-22' });
    expect(entries(parseQuizScores(serializeQuizScores(scores)))).toEqual({
      'the-warehouse-lift': { score: 3, total: 3, at: '2026-11-22' },
      'trail-runner': { score: 4, total: 4, at: '2026-11-21' },
    });
  });

  it('keeps only known cases when the caller lists them', () => {
    const raw = serializeQuizScores(withCaseScore(withCaseScore(NONE, 'a', { score: 1, total: 2, at: '2026-01-01' }), 'gone', { score: 1, total: 1, at: '2026-01-01' }));
    expect([...parseQuizScores(raw, new Set(['a'])).cases.keys()]).toEqual(['a']);
  });

  it('drops bad entries one by one and keeps the good ones', () => {
    const raw = JSON.stringify({
      version: 1,
      cases: {
        good: { score: 1, total: 2, at: '2026-02-03' },
        'more-than-total': { score: 3, total: 2, at: '2026-02-03' },
        'zero-total': { score: 0, total: 0, at: '2026-02-03' },
        negative: { score: -1, total: 2, at: '2026-02-03' },
        fraction: { score: 0.5, total: 2, at: '2026-02-03' },
        'as-text': { score: '1', total: 2, at: '2026-02-03' },
        'bad-day': { score: 1, total: 2, at: '2026-13-40' },
        'with-time': { score: 1, total: 2, at: '2026-02-03T10:00:00Z' },
        huge: { score: 1, total: 1e9, at: '2026-02-03' },
        '<img src=x>': { score: 1, total: 2, at: '2026-02-03' },
        ['__proto__']: { score: 1, total: 2, at: '2026-02-03' },
        'Upper-Case': { score: 1, total: 2, at: '2026-02-03' },
        list: [1, 2],
        nothing: null,
      },
    });
    expect(entries(parseQuizScores(raw))).toEqual({ good: { score: 1, total: 2, at: '2026-02-03' } });
  });

  it.each([null, undefined, '', '{', 'null', '[]', '"text"', '42', '{"version":2,"cases":{}}', '{"cases":{"a":{"score":1,"total":1,"at":"2026-01-01"}}}', '{"version":1,"cases":[]}', '{"version":1,"cases":"x"}', '{"version":"1","cases":{}}'])(
    'treats %j as no scores',
    (raw) => expect(parseQuizScores(raw).cases.size).toBe(0),
  );

  it('refuses to store a malformed score or case id', () => {
    expect(withCaseScore(NONE, 'ok', { score: 5, total: 4, at: '2026-01-01' }).cases.size).toBe(0);
    expect(withCaseScore(NONE, '../x', { score: 1, total: 4, at: '2026-01-01' }).cases.size).toBe(0);
  });

  it('never throws, whatever is stored, and only returns well-formed scores (500+ hostile values)', () => {
    const scoreLike = fc.record(
      { score: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)), total: fc.oneof(fc.integer(), fc.double(), fc.string()), at: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))) },
      { requiredKeys: [] },
    );
    const hostile = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify({ version: 1, cases: v })),
      fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'a-case', 'x')), fc.oneof(scoreLike, fc.jsonValue())).map((cases) => JSON.stringify({ version: 1, cases })),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        const { cases } = parseQuizScores(raw);
        for (const [id, s] of cases) {
          expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          expect(Number.isInteger(s.score) && Number.isInteger(s.total)).toBe(true);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(s.total);
          expect(s.total).toBeGreaterThan(0);
          expect(s.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        expect(parseQuizScores(serializeQuizScores({ cases })).cases).toEqual(cases);
      }),
      { numRuns: 1000 },
    );
  });

  it('today() is the local date in YYYY-MM-DD', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the latest score, for the home page', () => {
  it('is the most recently finished case', () => {
    const scores = { cases: new Map([['a-case', { score: 1, total: 4, at: '2026-11-01' }], ['b-case', { score: 3, total: 4, at: '2026-11-20' }], ['c-case', { score: 2, total: 4, at: '2026-11-05' }]]) };
    expect(latestScore(scores)).toEqual({ caseId: 'b-case', score: { score: 3, total: 4, at: '2026-11-20' } });
    expect(latestScore({ cases: new Map() })).toBeUndefined();
  });
});
