import { describe, expect, it } from 'vitest';
import { hashSeed, seededRandom, seededShuffle } from '../../../src/lib/seeded.ts';

// These orders are a public contract: a shared assignment link, a case page, its answer key and an
// LMS export all list things in the order these functions give, on every build and in every
// browser. The expected values are golden outputs, written down once; a change to the algorithm
// fails here instead of silently reordering every link already sent to students.

describe('seeded order', () => {
  it('shuffles to the same fixed order for a seed, on every build', () => {
    expect(seededShuffle(['a', 'b', 'c', 'd', 'e', 'f'], 'case-1')).toEqual(['f', 'e', 'b', 'c', 'a', 'd']);
    expect(seededShuffle([1, 2, 3, 4, 5, 6, 7, 8], 42)).toEqual([3, 8, 2, 1, 7, 6, 4, 5]);
  });

  it('keeps every item and leaves the input as it is', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect([...seededShuffle(items, 'case-1')].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(seededShuffle([], 'x')).toEqual([]);
    expect(seededShuffle(['only'], 'x')).toEqual(['only']);
  });

  it('different seeds give different orders', () => {
    const orders = new Set(Array.from({ length: 10 }, (_, i) => seededShuffle([1, 2, 3, 4, 5], `s${i}`).join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('draws the same fixed numbers for a seed', () => {
    const random = seededRandom('abc');
    expect([random(), random(), random()]).toEqual([0.5166419988963753, 0.6596221292857081, 0.0018796597141772509]);
  });

  it('hashSeed is FNV-1a: fixed unsigned 32-bit numbers', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('abc')).toBe(0x1a47e90b);
    expect(hashSeed('case-1')).toBe(0x0976aabf);
    expect(hashSeed('é')).toBe(0x6c0b6c44);
  });
});
