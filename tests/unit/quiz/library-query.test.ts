import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLibraryQuery } from '../../../src/quiz/case-filter.ts';

const TOPICS = ['emergency', 'piriformis'];
const DIFFICULTIES = ['foundation', 'advanced'];

describe('parseLibraryQuery', () => {
  it('takes known ids', () => {
    expect(parseLibraryQuery('?topic=piriformis&difficulty=advanced', TOPICS, DIFFICULTIES)).toEqual({ topic: 'piriformis', difficulty: 'advanced' });
  });

  it.each(['', '?', '?topic=', '?topic=Piriformis', '?topic=<img src=x onerror=alert(1)>', '?difficulty=expert&x=1', '?topic=%E0%A4%A'])(
    'drops what it does not know in %j',
    (search) => {
      const query = parseLibraryQuery(search, TOPICS, DIFFICULTIES);
      expect(TOPICS.concat('')).toContain(query.topic);
      expect(DIFFICULTIES.concat('')).toContain(query.difficulty);
    },
  );

  it('never throws and only ever returns a known id or nothing, for 1,000 random and hostile query strings', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.webQueryParameters(),
      fc.record({ topic: fc.oneof(fc.constantFrom(...TOPICS), fc.string()), difficulty: fc.oneof(fc.constantFrom(...DIFFICULTIES), fc.string()) })
        .map((r) => `?topic=${encodeURIComponent(r.topic)}&difficulty=${encodeURIComponent(r.difficulty)}`),
      fc.constantFrom('?topic=%', '?%%%', '?topic="><script>alert(1)</script>', '?topic=emergency&topic=x'),
    );
    fc.assert(
      fc.property(hostile, (search) => {
        const query = parseLibraryQuery(search, TOPICS, DIFFICULTIES);
        expect(['', ...TOPICS]).toContain(query.topic);
        expect(['', ...DIFFICULTIES]).toContain(query.difficulty);
      }),
      { numRuns: 1000 },
    );
  });
});
