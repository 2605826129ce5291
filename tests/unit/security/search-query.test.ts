import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_TERM_LENGTH, parseSearchQuery } from '../../../src/lib/search-query.ts';
import { encode, hostileSearch, hostileString, RUNS } from './hostile.ts';

describe('search term from the address', () => {
  it('reads q, with or without the question mark', () => {
    expect(parseSearchQuery('?q=piriformis')).toEqual({ term: 'piriformis' });
    expect(parseSearchQuery('q=foot+drop')).toEqual({ term: 'foot drop' });
    expect(parseSearchQuery('?other=1')).toEqual({ term: '' });
    expect(parseSearchQuery('')).toEqual({ term: '' });
  });

  it('removes control characters and squeezes white space', () => {
    expect(parseSearchQuery('?q=%00nerve%0A%0Aroot%E2%80%AE')).toEqual({ term: 'nerve root' });
  });

  it('cuts a very long term and says so', () => {
    const parsed = parseSearchQuery(`?q=${'a'.repeat(5000)}`);
    expect([...parsed.term]).toHaveLength(MAX_SEARCH_TERM_LENGTH);
    expect(parsed.note).toMatch(/longer than/);
  });

  it('never throws, and returns a bounded single-line term for any address', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { term, note } = parseSearchQuery(search);
        expect([...term].length).toBeLessThanOrEqual(MAX_SEARCH_TERM_LENGTH);
        expect(term).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
        expect(term).toBe(term.trim());
        // The note is the page's own sentence: nothing from the address is echoed in it.
        if (note) expect(note).toMatch(/^The search in the link was longer than \d+ characters, so only its start is used\.$/);
      }),
      RUNS,
    );
  });

  it('keeps ordinary words exactly as typed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}( [a-z]{1,12}){0,3}$/), (words) => {
        expect(parseSearchQuery(`?q=${encodeURIComponent(words)}`).term).toBe(words);
      }),
      RUNS,
    );
  });

  it('handles any value in q', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const { term } = parseSearchQuery(`?q=${encode(value)}`);
        expect(typeof term).toBe('string');
      }),
      RUNS,
    );
  });
});
