import { describe, expect, it } from 'vitest';
import { hashSeed, seededShuffle } from '../../../src/lib/seeded.ts';

describe('seeded order', () => {
  it('the same seed always gives the same order, and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(seededShuffle(items, 'case-1')).toEqual(seededShuffle(items, 'case-1'));
    expect(seededShuffle(items, 'case-1').sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('different seeds give different orders', () => {
    const orders = new Set(Array.from({ length: 10 }, (_, i) => seededShuffle([1, 2, 3, 4, 5], `s${i}`).join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('hashSeed is a stable unsigned 32-bit number', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
    expect(hashSeed('abc')).toBeGreaterThanOrEqual(0);
    expect(hashSeed('abc')).toBeLessThan(2 ** 32);
  });
});
