import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilter, moveItem, withPicked } from '../../../src/quiz/case-filter.ts';
import { fileSlug } from '../../../src/quiz/file-name.ts';

const none = new Set<string>();

describe('case filter', () => {
  const c = { topics: ['emergency', 'dermatomes'], difficulty: 'advanced' };
  it('lets everything through when nothing is ticked', () => {
    expect(matchesFilter(c, { topics: none, difficulties: none })).toBe(true);
  });
  it('needs any ticked topic and a ticked difficulty', () => {
    expect(matchesFilter(c, { topics: new Set(['dermatomes', 'piriformis']), difficulties: none })).toBe(true);
    expect(matchesFilter(c, { topics: new Set(['piriformis']), difficulties: none })).toBe(false);
    expect(matchesFilter(c, { topics: new Set(['emergency']), difficulties: new Set(['foundation']) })).toBe(false);
    expect(matchesFilter(c, { topics: new Set(['emergency']), difficulties: new Set(['foundation', 'advanced']) })).toBe(true);
  });
});

describe('picked list', () => {
  it('adds at the end, removes in place, never twice', () => {
    expect(withPicked(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(withPicked(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(withPicked(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
  });
  it('moves an item one place, and leaves the list alone at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('property: a move keeps the same items', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), fc.integer({ min: -2, max: 22 }), fc.constantFrom(-1 as const, 1 as const), (items, i, d) => {
        expect([...moveItem(items, i, d)].sort()).toEqual([...items].sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe('file names', () => {
  it('keeps letters and digits, drops accents and everything else', () => {
    expect(fileSlug('Réferral week 3: <b>“red flags”</b>')).toBe('referral-week-3-b-red-flags-b');
    expect(fileSlug('☃☃')).toBe('');
    expect(fileSlug('a'.repeat(60)).length).toBe(40);
  });
});
