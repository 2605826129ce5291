import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SESSIONS, parseSessionCount } from '../../../src/rules/index.ts';
import { hostileString, RUNS } from './hostile.ts';

// The checker's sessions field, the CLI and the case schema share this one validator.
describe('session counts typed into a form field', () => {
  it('reads whole numbers from 0 to the maximum', () => {
    expect(parseSessionCount('  3 ', { text: true })).toEqual({ ok: true, value: 3 });
    expect(parseSessionCount(String(MAX_SESSIONS), { text: true })).toEqual({ ok: true, value: MAX_SESSIONS });
    expect(parseSessionCount(String(MAX_SESSIONS + 1), { text: true }).ok).toBe(false);
    for (const text of ['', '-1', '2.5', '1e2', '0x3', '３', '٣', 'three', '<b>3</b>']) expect(parseSessionCount(text, { text: true }).ok, text).toBe(false);
  });

  it('never throws; accepts only whole numbers in range; answers anything else with a short message that echoes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.integer({ min: -10, max: 100 }).map(String)), (text) => {
        const parsed = parseSessionCount(text, { text: true });
        if (parsed.ok) {
          expect(Number.isInteger(parsed.value)).toBe(true);
          expect(parsed.value).toBeGreaterThanOrEqual(0);
          expect(parsed.value).toBeLessThanOrEqual(MAX_SESSIONS);
          expect(text.trim()).toMatch(/^\d+$/);
        } else {
          expect(parsed.error).toBe(`must be a whole number from 0 to ${MAX_SESSIONS}`);
        }
      }),
      RUNS,
    );
  });
});
