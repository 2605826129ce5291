import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEME_KEY, readThemeChoice } from '../../../src/lib/theme.ts';
import { THEME_SCRIPT } from '../../../src/lib/theme-script.ts';
import { hostileString, RUNS } from './hostile.ts';

/** Runs the inline head script against a stored value; returns the theme it set on <html>, if any. */
function applyStored(stored: string | null, storageThrows = false): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === THEME_KEY ? stored : null;
    },
  };
  runInNewContext(THEME_SCRIPT, { localStorage, document: { documentElement: { dataset } } });
  return dataset.theme;
}

describe('inline theme script in the page head', () => {
  it('applies a stored light or dark choice, and nothing when storage is blocked', () => {
    expect(applyStored('dark')).toBe('dark');
    expect(applyStored('light')).toBe('light');
    expect(applyStored(null)).toBeUndefined();
    expect(applyStored('dark', true)).toBeUndefined();
  });

  it('agrees with readThemeChoice on any stored value, and never throws', () => {
    fc.assert(
      fc.property(hostileString, (stored) => {
        expect(applyStored(stored)).toBe(readThemeChoice(stored));
      }),
      RUNS,
    );
  });
});
