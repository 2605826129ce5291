import { describe, expect, it } from 'vitest';
import {parseCase, MAX_SESSIONS, parseSessionCount } from '../../../src/rules/index.ts';

function errorOf(input: unknown): string {
  const result = parseCase(input);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(input)}`);
  return result.error;
}

describe('parseCase', () => {
  it('accepts a case, with and without the session count', () => {
    expect(parseCase({ findings: ['fever', 'slr-positive'] })).toEqual({ ok: true, value: { findings: ['fever', 'slr-positive'] } });
    expect(parseCase({ findings: [], sessionsWithoutImprovement: 0 })).toEqual({ ok: true, value: { findings: [], sessionsWithoutImprovement: 0 } });
  });

  it.each([null, 42, 'text', true, [], [{ findings: [] }]])('says a case must be an object when given %j', (input) => {
    expect(errorOf(input)).toMatch(/^a case must be a JSON object .*, but got /);
  });

  it('says what it got instead of an object', () => {
    expect(errorOf([])).toMatch(/got a list$/);
    expect(errorOf(null)).toMatch(/got null$/);
    expect(errorOf('x')).toMatch(/got the text "x"$/);
  });

  it('names missing findings', () => {
    expect(errorOf({})).toMatch(/^the case has no "findings"/);
    expect(errorOf({ sessionsWithoutImprovement: 2 })).toMatch(/no "findings"/);
  });

  it.each([
    ['a string', 'fever', /"findings" must be a list of finding ids, but got the text "fever"/],
    ['an object', { 0: 'fever' }, /"findings" must be a list .* got an object/],
    ['null', null, /"findings" must be a list .* got null/],
  ])('rejects findings given as %s', (_, findings, message) => {
    expect(errorOf({ findings })).toMatch(message);
  });

  it('points at the finding that is not a string', () => {
    expect(errorOf({ findings: ['fever', 3] })).toBe('findings[1] must be a finding id in quotes, but got the number 3');
    expect(errorOf({ findings: [null] })).toMatch(/^findings\[0\] .* got null$/);
  });

  it('names an unknown finding and suggests the closest known id', () => {
    expect(errorOf({ findings: ['fever', 'sadle-anesthesia'] })).toBe('unknown finding "sadle-anesthesia" at findings[1]; did you mean "saddle-anesthesia"?');
    expect(errorOf({ findings: ['Foot Drop'] })).toMatch(/did you mean "foot-drop"\?$/);
    expect(errorOf({ findings: ['saddle-anaesthesia'] })).toMatch(/did you mean "saddle-anesthesia"\?$/);
    expect(errorOf({ findings: ['hamstring'] })).toMatch(/did you mean "prior-hamstring-strain"\?$/);
  });

  it('names an unknown finding without a guess when nothing is close', () => {
    expect(errorOf({ findings: ['broken-toe'] })).toBe('unknown finding "broken-toe" at findings[0]');
    expect(errorOf({ findings: ['x'.repeat(500)] })).toMatch(/^unknown finding "x{48}…" at findings\[0\]$/);
  });

  it.each([
    [-1, 'but got -1'],
    [2.5, 'but got 2.5'],
    ['3', 'but got the text "3"'],
    [null, 'but got null'],
    [Number.NaN, 'but got NaN'],
    [53, 'but got 53'],
    [1e308, 'but got 1e+308'],
  ])('rejects sessionsWithoutImprovement %j', (sessions, tail) => {
    expect(errorOf({ findings: [], sessionsWithoutImprovement: sessions })).toBe(
      `"sessionsWithoutImprovement" must be a whole number from 0 to 52, ${tail}`,
    );
  });

  it('accepts the largest session count the checker and case files accept, and no more', () => {
    expect(parseCase({ findings: [], sessionsWithoutImprovement: MAX_SESSIONS })).toEqual({ ok: true, value: { findings: [], sessionsWithoutImprovement: MAX_SESSIONS } });
    expect(parseSessionCount(MAX_SESSIONS + 1).ok).toBe(false);
    expect(parseSessionCount(' 12 ', { text: true })).toEqual({ ok: true, value: 12 });
    for (const text of ['', '3.0', '1e1', '-1', '0x3', '53', '٣']) expect(parseSessionCount(text, { text: true }).ok, text).toBe(false);
  });

  it('names unknown top-level keys', () => {
    expect(errorOf({ findings: [], notes: 'x' })).toBe('unknown key "notes" in the case; a case has only "findings" and "sessionsWithoutImprovement"');
    expect(errorOf({ findings: [], sessions: 3, age: 40 })).toMatch(/^unknown keys "sessions", "age" in the case/);
  });

  it('keeps hostile strings on one line and visible', () => {
    const error = errorOf({ findings: ['fever\n\u2028bad\u202e\u0000'] });
    expect(error).toBe('unknown finding "fever\\n\\u2028bad\\u202e\\u0000" at findings[0]');
  });

  it('returns an error instead of throwing for objects that throw when read', () => {
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(errorOf(trap)).toMatch(/could not be read/);
    const getter = Object.defineProperty({}, 'findings', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(errorOf(getter)).toMatch(/could not be read/);
  });
});
