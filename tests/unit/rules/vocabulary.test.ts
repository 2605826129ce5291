import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FINDINGS,
  FINDING_IDS,
  LESSON_SECTIONS,
  PRECAUTIONS,
  SOURCES,
  SOURCE_WEIGHTS,
  URGENCY,
  canonicalFindings,
  redFlagCard,
  type FindingId,
} from '../../../src/rules/index.ts';

/** The ids the brief made public: cases, fixtures and quiz stories store them, so none may change. */
const CONTRACT: Record<string, string[]> = {
  emergency: ['saddle-anesthesia', 'bladder-bowel-change', 'bilateral-leg-symptoms', 'groin-genital-symptoms'],
  referral: [
    'muscle-weakness', 'foot-drop', 'progressive-neuro-deficit', 'sensory-change', 'reflex-change', 'fever',
    'unexplained-weight-loss', 'night-pain', 'worsening-despite-care', 'severe-unrelenting-pain',
  ],
  clue: [
    'radiating-leg-pain', 'leg-tingling-or-numbness', 'dermatomal-pattern', 'slr-positive', 'worse-with-sitting-bending-coughing',
    'known-disc-herniation', 'deep-buttock-pain', 'prolonged-sitting', 'buttock-trauma', 'hip-abductor-pressure-reproduces-pain',
    'prior-hamstring-strain', 'iliolumbar-sprain', 'known-spondylolisthesis', 'scoliosis-or-instability',
    'symptoms-reproduced-by-treatment-pressure',
  ],
};

/** Lesson id -> section ids, read from the table in docs/anchors.md that the link check enforces. */
function documentedAnchors(): Map<string, Set<string>> {
  const text = readFileSync(join(import.meta.dirname, '../../../docs/anchors.md'), 'utf8');
  const anchors = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const lesson = /^`([a-z0-9-]+)`$/.exec(cells[2] ?? '')?.[1];
    if (!/^\d+$/.test(cells[1] ?? '') || !lesson) continue;
    anchors.set(lesson, new Set([...(cells[3] ?? '').matchAll(/\(`([a-z0-9-]+)`\)/g)].map((m) => m[1] ?? '')));
  }
  return anchors;
}

describe('finding vocabulary', () => {
  it('keeps every contract id with its kind', () => {
    for (const [kind, ids] of Object.entries(CONTRACT)) {
      for (const id of ids) expect(FINDINGS.find((f) => f.id === id)?.kind, id).toBe(kind);
    }
  });

  it('has unique ids and complete, short, one-line entries', () => {
    expect(new Set(FINDING_IDS).size).toBe(FINDINGS.length);
    for (const f of FINDINGS) {
      expect(f.label.length, f.id).toBeLessThanOrEqual(50);
      expect(f.label).toMatch(/^[A-Z]/);
      expect(f.explanation).toMatch(/^[A-Z].*\.$/);
      expect(f.explanation).not.toMatch(/\n/);
      expect(['reported', 'observed']).toContain(f.group);
    }
  });

  it('gives each finding a few distinct lower-case story terms', () => {
    for (const f of FINDINGS) {
      expect(f.storyTerms.length, f.id).toBeGreaterThanOrEqual(2);
      expect(new Set(f.storyTerms).size).toBe(f.storyTerms.length);
      for (const term of f.storyTerms) expect(term, f.id).toMatch(/^[a-z][a-z -]*[a-z]$/);
    }
  });

  it('puts findings in canonical vocabulary order, each once', () => {
    const ids: FindingId[] = ['slr-positive', 'fever', 'saddle-anesthesia', 'fever'];
    expect(canonicalFindings(ids)).toEqual(['saddle-anesthesia', 'fever', 'slr-positive']);
  });

  it('weights only known findings and sources, and lists each source somewhere', () => {
    const sourceIds = new Set(SOURCES.map((s) => s.id));
    const weighted = new Set<string>();
    for (const [finding, weights] of Object.entries(SOURCE_WEIGHTS)) {
      expect(FINDING_IDS).toContain(finding);
      for (const [source, weight] of Object.entries(weights ?? {})) {
        expect(sourceIds).toContain(source);
        expect(Number.isInteger(weight) && weight !== 0).toBe(true);
        if (weight > 0) weighted.add(source);
      }
    }
    expect([...weighted].sort()).toEqual([...sourceIds].sort());
  });
});

describe('lesson links', () => {
  const anchors = documentedAnchors();
  const links = [
    ...FINDINGS.map((f) => f.lesson),
    ...SOURCES.map((s) => s.lesson),
    ...PRECAUTIONS.map((p) => p.lesson),
    ...Object.values(URGENCY).map((u) => u.lesson),
    redFlagCard().lesson,
    redFlagCard().sessionRule.lesson,
  ];

  it('reads the anchors table', () => {
    expect(anchors.size).toBe(9);
    expect(anchors.get('red-flags-and-referral')).toContain('cauda-equina-syndrome');
  });

  it('only names lesson sections that docs/anchors.md promises', () => {
    for (const [lesson, sections] of Object.entries(LESSON_SECTIONS)) {
      for (const section of sections) expect(anchors.get(lesson), `${lesson}#${section}`).toContain(section);
    }
    for (const link of links) {
      const [, lesson = '', section = ''] = /^\/lessons\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(link) ?? [];
      expect(anchors.get(lesson), link).toContain(section);
    }
  });
});

describe('red-flag card', () => {
  const card = redFlagCard();

  it('lists every emergency and referral sign once, under its own urgency, with an action', () => {
    const [emergency, refer] = card.groups;
    expect(emergency?.signs.map((s) => s.id)).toEqual(CONTRACT['emergency']);
    expect(refer?.signs.map((s) => s.id)).toEqual(CONTRACT['referral']);
    expect(emergency?.action).toMatch(/emergency care now/);
    expect(refer?.action).toMatch(/physician/);
    for (const sign of [...(emergency?.signs ?? []), ...(refer?.signs ?? [])]) {
      expect(sign.label).toBe(FINDINGS.find((f) => f.id === sign.id)?.label);
    }
  });

  it('states the session rule with the thresholds triage uses', () => {
    expect(card.sessionRule.review).toMatch(/\b3 sessions\b.*review/);
    expect(card.sessionRule.refer).toMatch(/\b4 sessions\b.*refer/);
  });
});
