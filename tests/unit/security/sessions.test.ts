import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SESSIONS } from '../../../src/rules/index.ts';
import { readSessionsField as parseSessionsText } from '../../../src/components/checker/sessions-field.ts';
import { hostileString, RUNS } from './hostile.ts';

describe('sessions field of the red-flag checker', () => {
  it('reads whole numbers from 0 to the maximum, and empty as not tracked', () => {
    expect(parseSessionsText('')).toEqual({ ok: true, value: undefined });
    expect(parseSessionsText('  3 ')).toEqual({ ok: true, value: 3 });
    expect(parseSessionsText(String(MAX_SESSIONS))).toEqual({ ok: true, value: MAX_SESSIONS });
    expect(parseSessionsText(String(MAX_SESSIONS + 1)).ok).toBe(false);
    for (const text of ['-1', '2.5', '1e2', '0x3', '３', '٣', 'three', '<b>3</b>']) expect(parseSessionsText(text).ok).toBe(false);
  });

  it('never throws; accepts only whole numbers in range; answers anything else with a short message', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.integer({ min: -10, max: 100 }).map(String)), (text) => {
        const parsed = parseSessionsText(text);
        if (parsed.ok) {
          if (parsed.value === undefined) expect(text.trim()).toBe('');
          else {
            expect(Number.isInteger(parsed.value)).toBe(true);
            expect(parsed.value).toBeGreaterThanOrEqual(0);
            expect(parsed.value).toBeLessThanOrEqual(MAX_SESSIONS);
            expect(text.trim()).toMatch(/^\d+$/);
          }
        } else {
          // The message echoes at most 20 characters of the input (escaped), written as text.
          expect(parsed.error.length).toBeLessThan(120);
          expect(parsed.error).toMatch(/number/);
        }
      }),
      RUNS,
    );
  });
});
