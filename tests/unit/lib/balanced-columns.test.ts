import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balancedColumns } from '../../../src/lib/balanced-columns.ts';

describe('balancedColumns', () => {
  it('splits the glossary letters into even rows', () => {
    expect(balancedColumns(18, 7)).toBe(6); // 6 + 6 + 6, not 7 + 7 + 4
    expect(balancedColumns(18, 14)).toBe(9); // 9 + 9
    expect(balancedColumns(20, 14)).toBe(10);
    expect(balancedColumns(5, 7)).toBe(5);
  });

  it('never leaves a last row much shorter than the others, and never exceeds the room', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 30 }), (count, room) => {
      const cols = balancedColumns(count, room);
      expect(cols).toBeLessThanOrEqual(room);
      const rows = Math.ceil(count / cols);
      const last = count - (rows - 1) * cols;
      // The last row is short by less than one item per row above it.
      expect(cols - last).toBeLessThan(rows);
    }));
  });
});
