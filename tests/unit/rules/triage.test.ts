import { describe, expect, it } from 'vitest';
import { FINDINGS, SOURCES, URGENCY, getFinding, redFlagCard, triage, type FindingId } from '../../../src/rules/index.ts';

const MIMIC: FindingId[] = ['hip-abductor-pressure-reproduces-pain', 'radiating-leg-pain'];

function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

describe('likely sources', () => {
  it('rank trigger-point referral first when hip abductor pressure reproduces the pain and no neurological sign is found', () => {
    const sources = triage({ findings: MIMIC }).likelySources;
    expect(sources[0]?.id).toBe('trigger-point-referral');
    expect(sources[0]?.clues).toEqual(['hip-abductor-pressure-reproduces-pain']);
  });

  it('rank the nerve root first once a reflex change and a dermatomal pattern join the same picture, and say what counts against the mimic', () => {
    const sources = triage({ findings: [...MIMIC, 'reflex-change', 'dermatomal-pattern'] }).likelySources;
    expect(sources.map((s) => s.id).slice(0, 2)).toEqual(['nerve-root', 'trigger-point-referral']);
    expect(sources[1]?.against).toEqual(['reflex-change']);
  });

  it('are sorted by score, each with the clues from the case that support it', () => {
    const sources = triage({ findings: ['deep-buttock-pain', 'prolonged-sitting', 'slr-positive', 'prior-hamstring-strain'] }).likelySources;
    expect(sources.map((s) => [s.id, s.score])).toEqual([
      ['piriformis', 5],
      ['neural-tension', 5],
      ['nerve-root', 3],
    ]);
    expect(sources[0]?.clues).toEqual(['deep-buttock-pain', 'prolonged-sitting']);
    expect(sources[1]?.clues).toEqual(['slr-positive', 'prior-hamstring-strain']);
  });

  it('carry the label and lesson of the source', () => {
    const [top] = triage({ findings: ['iliolumbar-sprain'] }).likelySources;
    const source = SOURCES.find((s) => s.id === 'ligament-inflammation');
    expect(top).toMatchObject({ id: 'ligament-inflammation', label: source?.label, lesson: source?.lesson });
  });
});

describe('rules', () => {
  it('fire one rule per sign, naming that sign, with its lesson', () => {
    const { rules } = triage({ findings: ['foot-drop', 'fever', 'saddle-anesthesia', 'night-pain'] });
    const signRules = rules.filter((r) => r.level !== 'precaution');
    expect(signRules.map((r) => [r.id, r.level, r.because.findings])).toEqual([
      ['emergency-saddle-anesthesia', 'emergency', ['saddle-anesthesia']],
      ['urgent-foot-drop', 'urgent', ['foot-drop']],
      ['urgent-fever', 'urgent', ['fever']],
      ['refer-night-pain', 'refer', ['night-pain']],
    ]);
    for (const rule of signRules) {
      const finding = getFinding(rule.because.findings[0] as FindingId);
      expect(rule.message).toContain(finding.label);
      expect(rule.lesson).toBe(finding.lesson);
    }
  });

  it('name the session count in the session rules', () => {
    const review = triage({ findings: [], sessionsWithoutImprovement: 3 }).rules[0];
    expect(review).toMatchObject({ id: 'review-plan', level: 'review', because: { findings: [], sessionsWithoutImprovement: 3 } });
    expect(review?.message).toMatch(/3 sessions/);
    const refer = triage({ findings: [], sessionsWithoutImprovement: 7 }).rules[0];
    expect(refer).toMatchObject({ id: 'refer-no-improvement', level: 'refer', because: { sessionsWithoutImprovement: 7 } });
    expect(refer?.message).toMatch(/7 sessions/);
  });

  it('tell the therapist to stop a technique that reproduces nerve symptoms', () => {
    const rule = triage({ findings: ['symptoms-reproduced-by-treatment-pressure'] }).rules.find((r) => r.level === 'precaution');
    expect(rule?.id).toBe('precaution-stop-reproducing-technique');
    expect(rule?.message).toMatch(/stop or change that technique/i);
  });

  it('warn about lumbar pressure when nerve-root clues are present, naming them', () => {
    const rule = triage({ findings: ['slr-positive', 'known-disc-herniation'] }).rules.find((r) => r.id === 'precaution-lumbar-pressure');
    expect(rule?.because.findings).toEqual(['slr-positive', 'known-disc-herniation']);
    expect(rule?.message).toContain('positive straight leg raise and known disc herniation');
    expect(rule?.message).toMatch(/check in often/);
  });
});

describe('advice', () => {
  it('on an emergency, stops the session and sends the client to emergency care the same day', () => {
    const { advice, urgency } = triage({ findings: [...MIMIC, 'bladder-bowel-change'] });
    expect(urgency).toBe('emergency');
    expect(advice.summary).toMatch(/stop the session/i);
    expect(advice.summary).toMatch(/emergency care now/);
    expect(advice.summary).toMatch(/cauda equina syndrome/);
    expect(advice.treating).toBe(URGENCY.emergency.treating);
    expect(advice.steps.join(' ')).toMatch(/do not treat again until a doctor/i);
    expect(advice.steps.join(' ')).not.toMatch(/trigger point/i);
  });

  it('on an urgent sign, says no massage and arranges a same-day assessment, with the reason', () => {
    const { advice, urgency } = triage({ findings: ['fever', 'recent-infection', 'radiating-leg-pain'] });
    expect(urgency).toBe('urgent');
    expect(advice.summary).toBe(`${URGENCY.urgent.action} Reason: fever and a recent infection.`);
    expect(advice.treating).toMatch(/^No massage/);
    expect(advice.steps.join(' ')).toMatch(/within 48 hours/);
    expect(advice.steps.join(' ')).not.toMatch(/keep any massage gentle/);
  });

  it('on a pulsating mass, warns not to press on it', () => {
    const { advice, urgency } = triage({ findings: ['pulsatile-abdominal-mass', 'radiating-leg-pain'] });
    expect(urgency).toBe('emergency');
    expect(advice.summary).toMatch(/aortic aneurysm/);
    expect(advice.steps).toContain('Do not press on the abdomen or the lump.');
  });

  it('on a referral, names each finding by label and asks for documenting and communicating them', () => {
    const { advice } = triage({ findings: ['reflex-change', 'muscle-weakness'], sessionsWithoutImprovement: 5 });
    expect(advice.summary).toMatch(/physician's assessment/);
    const steps = advice.steps.join(' ');
    expect(steps).toMatch(/document/i);
    expect(steps).toMatch(/communicate/i);
    for (const id of ['reflex-change', 'muscle-weakness'] as const) expect(steps).toContain(getFinding(id).label.toLowerCase());
    expect(steps).toContain('no improvement after 5 sessions');
  });

  it('in scope, gives the approach for each likely source, the session re-check, a stop-if-worse step and the safety net', () => {
    const { advice, urgency } = triage({ findings: ['deep-buttock-pain', 'radiating-leg-pain'] });
    expect(urgency).toBe('in-scope');
    expect(advice.summary).toMatch(/consistent with piriformis region/);
    const steps = advice.steps.join(' ');
    expect(steps).toMatch(/stop direct pressure .* if it reproduces/);
    expect(steps).toMatch(/no pressure that brings on nerve symptoms/);
    expect(steps).toMatch(/re-check at every session; if nothing has changed after 3 sessions, review the plan, and refer after 4/);
    expect(steps).toMatch(/stop and refer if anything worsens/i);
    expect(steps).toMatch(/cauda equina warning signs/);
    expect(advice.treating).toBe(URGENCY['in-scope'].treating);
  });

  it('in scope at exactly 3 sessions, leads with reviewing the plan', () => {
    const { advice } = triage({ findings: ['deep-buttock-pain'], sessionsWithoutImprovement: 3 });
    expect(advice.steps[0]).toMatch(/review and change the plan/);
  });

  it('never claims a diagnosis, in any text the module produces', () => {
    const cases: FindingId[][] = [[], ...FINDINGS.map((f) => [f.id]), FINDINGS.map((f) => f.id)];
    const texts = [
      ...cases.flatMap((findings) => allText(triage({ findings, sessionsWithoutImprovement: 4 }))),
      ...cases.flatMap((findings) => allText(triage({ findings, sessionsWithoutImprovement: 3 }))),
      ...allText(FINDINGS),
      ...allText(SOURCES),
      ...allText(URGENCY),
      ...allText(redFlagCard()),
    ];
    expect(texts.filter((t) => /diagnos/i.test(t))).toEqual([]);
  });
});
