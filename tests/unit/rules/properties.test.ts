import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, RULE_IDS, SYSTEMIC_FLAGS, parseCase, triage, urgencyRank, type Case } from '../../../src/rules/index.ts';

const RUNS = { numRuns: 500 };
const SESSION_RULES: readonly string[] = ['review-plan', 'refer-no-improvement'];

const finding = fc.constantFrom(...FINDING_IDS);
const findings = fc.array(finding, { maxLength: 12 });
const sessions = fc.nat({ max: 12 });
const aCase: fc.Arbitrary<Case> = fc.record({ findings, sessionsWithoutImprovement: sessions }, { requiredKeys: ['findings'] });

describe('triage properties', () => {
  it('adding a finding never lowers the urgency', () => {
    fc.assert(
      fc.property(aCase, finding, (c, extra) => {
        const before = urgencyRank(triage(c).urgency);
        const after = urgencyRank(triage({ ...c, findings: [...c.findings, extra] }).urgency);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('more sessions without improvement never lower the urgency, and tracking none is the least urgent', () => {
    fc.assert(
      fc.property(findings, sessions, fc.nat({ max: 12 }), (f, n, more) => {
        const untracked = urgencyRank(triage({ findings: f }).urgency);
        const before = urgencyRank(triage({ findings: f, sessionsWithoutImprovement: n }).urgency);
        const after = urgencyRank(triage({ findings: f, sessionsWithoutImprovement: n + more }).urgency);
        expect(before).toBeGreaterThanOrEqual(untracked);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('gives the same result whatever the order of the findings and however often they repeat', () => {
    const shuffledWithRepeats = aCase.chain((c) =>
      fc
        .tuple(
          fc.shuffledSubarray([...c.findings], { minLength: c.findings.length, maxLength: c.findings.length }),
          fc.array(fc.nat(), { maxLength: 6 }),
        )
        .map(([order, picks]): [Case, Case] => {
          const repeats = c.findings.length === 0 ? [] : picks.map((i) => c.findings[i % c.findings.length] ?? 'fever');
          return [c, { ...c, findings: [...repeats, ...order, ...repeats] }];
        }),
    );
    fc.assert(
      fc.property(shuffledWithRepeats, ([c, variant]) => {
        expect(triage(variant)).toEqual(triage(c));
      }),
      RUNS,
    );
  });

  it('every fired rule names what in the case made it fire', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const { rules } = triage(c);
        expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
        for (const rule of rules) {
          expect(RULE_IDS).toContain(rule.id);
          for (const f of rule.because.findings) expect(c.findings).toContain(f);
          if (SESSION_RULES.includes(rule.id)) {
            // The session rule names the unchanged measures only when they are what refers at 3 sessions.
            const measured = rule.id === 'refer-no-improvement' && (c.sessionsWithoutImprovement ?? 0) < 4;
            expect(rule.because.findings).toEqual(measured ? ['objective-measures-unchanged'] : []);
            expect(rule.because.sessionsWithoutImprovement).toBe(c.sessionsWithoutImprovement);
          } else {
            expect(rule.because.findings.length).toBeGreaterThan(0);
            expect(rule.because.sessionsWithoutImprovement).toBeUndefined();
          }
          expect(rule.message.trim()).not.toBe('');
        }
      }),
      RUNS,
    );
  });

  it('lists likely sources best first, each backed by findings from the case', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const { likelySources } = triage(c);
        likelySources.forEach((source, i) => {
          expect(source.score).toBeGreaterThan(0);
          expect(source.clues.length).toBeGreaterThan(0);
          for (const f of [...source.clues, ...source.against]) expect(c.findings).toContain(f);
          if (i > 0) expect(source.score).toBeLessThanOrEqual(likelySources[i - 1]?.score ?? Infinity);
        });
      }),
      RUNS,
    );
  });
});

describe('serious pathology', () => {
  it('with any systemic flag, offers possible serious pathology alone, backed by the flags', () => {
    fc.assert(
      fc.property(aCase, fc.constantFrom(...SYSTEMIC_FLAGS), (c, flag) => {
        const { likelySources } = triage({ ...c, findings: [...c.findings, flag] });
        expect(likelySources.map((s) => s.id)).toEqual(['serious-pathology']);
        expect(likelySources[0]?.clues).toContain(flag);
      }),
      RUNS,
    );
  });

  it('without one, never offers it', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        fc.pre(!c.findings.some((f) => SYSTEMIC_FLAGS.includes(f)));
        expect(triage(c).likelySources.map((s) => s.id)).not.toContain('serious-pathology');
      }),
      RUNS,
    );
  });

  it('never gives treatment precautions when the client must see a doctor today', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const result = triage(c);
        if (result.urgency === 'emergency' || result.urgency === 'urgent') {
          expect(result.rules.filter((r) => r.level === 'precaution')).toEqual([]);
          expect(result.advice.treating).toMatch(/^No/);
        }
      }),
      RUNS,
    );
  });
});

describe('parseCase properties', () => {
  function checkNeverThrows(input: unknown) {
    const result = parseCase(input);
    if (!result.ok) {
      expect(result.error.length).toBeGreaterThan(0);
      expect(result.error).not.toMatch(/[\n\r\u2028\u2029]/);
    }
  }

  it('never throws on any value, and explains any rejection in one line', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true }), checkNeverThrows), RUNS);
  });

  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), checkNeverThrows), RUNS);
  });

  it('never throws on hostile strings as ids, keys or session counts', () => {
    const hostile = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('__proto__', 'constructor', '\u202e', '\ud800'));
    const input = fc.oneof(
      fc.array(hostile).map((f) => ({ findings: f })),
      fc.tuple(hostile, fc.jsonValue()).map(([key, value]) => ({ findings: [], [key]: value })),
      hostile.map((s) => ({ findings: [], sessionsWithoutImprovement: s })),
      hostile,
    );
    fc.assert(fc.property(input, checkNeverThrows), RUNS);
  });

  it('accepts every well-formed case, as it arrives through JSON', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        expect(parseCase(JSON.parse(JSON.stringify(c)))).toEqual({ ok: true, value: c });
      }),
      RUNS,
    );
  });
});
