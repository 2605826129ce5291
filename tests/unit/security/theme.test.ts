import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readThemeChoice } from '../../../src/lib/theme.ts';
import { hostileString, RUNS } from './hostile.ts';

describe('stored theme choice', () => {
  it('accepts exactly "light" and "dark"', () => {
    expect(readThemeChoice('light')).toBe('light');
    expect(readThemeChoice('dark')).toBe('dark');
    for (const other of [null, undefined, '', 'Dark', ' dark', 'dark ', 'system', 1, {}, ['dark']]) {
      expect(readThemeChoice(other)).toBeUndefined();
    }
  });

  it('ignores anything else that storage or a hand edit could hold, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.anything()), (stored) => {
        const theme = readThemeChoice(stored);
        expect(theme === undefined || theme === stored).toBe(true);
        if (theme !== undefined) expect(['light', 'dark']).toContain(theme);
      }),
      RUNS,
    );
  });
});
