import { describe, expect, it } from 'vitest';
import { countOf, pluralWord } from '../../../src/lib/plural.ts';

describe('counts in messages', () => {
  it('says "1 case" and "0 cases", "2 cases", with the irregular forms it is given', () => {
    expect([0, 1, 2, 40].map((n) => countOf(n, 'case'))).toEqual(['0 cases', '1 case', '2 cases', '40 cases']);
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
    expect(pluralWord(1, 'case is', 'cases are')).toBe('case is');
    expect(pluralWord(2, 'case is', 'cases are')).toBe('cases are');
    expect(pluralWord(1, 'matches', 'match')).toBe('matches');
  });
});
