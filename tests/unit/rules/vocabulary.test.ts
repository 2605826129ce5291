import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FINDINGS,
  FINDING_IDS,
  isLessonLink,
  PRECAUTIONS,
  SOURCES,
  URGENCY,
  STANDARD_IDS,
  canonicalFindings,
  findingsAgainst,
  getFinding,
  levelInCase,
  redFlagCard,
  sourcesFor,
  type FindingId,
} from '../../../src/rules/index.ts';
import { SOURCE_WEIGHTS } from '../../../src/rules/source-weights.ts';
import { isDocumentedSection } from '../helpers/anchors.ts';

/**
 * The ids the briefs made public, each with the level it raises a case to on its own (issue 11's
 * table): cases, fixtures and quiz stories store them, so none may change.
 */
const CONTRACT: Record<string, string[]> = {
  emergency: [
    'saddle-anesthesia', 'bladder-bowel-change', 'bilateral-leg-symptoms', 'groin-genital-symptoms', 'rectal-sensation-loss',
    'widespread-neurology', 'pulsatile-abdominal-mass',
  ],
  urgent: [
    'foot-drop', 'severe-weakness', 'progressive-neuro-deficit', 'fever', 'feeling-unwell', 'unexplained-weight-loss',
    'history-of-cancer', 'significant-trauma', 'severe-unrelenting-pain',
  ],
  refer: [
    'muscle-weakness', 'sensory-change', 'reflex-change', 'persistent-numbness', 'stable-bilateral-leg-symptoms', 'sexual-dysfunction',
    'recent-infection', 'immunosuppression', 'iv-drug-use', 'recent-spinal-procedure', 'osteoporosis', 'age-over-50-new-pain',
    'thoracic-pain', 'night-pain', 'worsening-despite-care',
  ],
  clue: [
    'radiating-leg-pain', 'leg-tingling-or-numbness', 'dermatomal-pattern', 'slr-positive', 'worse-with-sitting-bending-coughing',
    'eased-by-sitting-or-bending-forward', 'objective-measures-unchanged', 'known-disc-herniation', 'deep-buttock-pain',
    'prolonged-sitting', 'buttock-trauma', 'hip-abductor-pressure-reproduces-pain', 'prior-hamstring-strain', 'iliolumbar-sprain',
    'known-spondylolisthesis', 'scoliosis-or-instability', 'symptoms-reproduced-by-treatment-pressure',
  ],
};

/** Issue 11's combinations: the level a finding rises to with a companion. */
const ESCALATIONS: [string, string, string][] = [
  ['sexual-dysfunction', 'saddle-anesthesia', 'emergency'],
  ['sexual-dysfunction', 'bladder-bowel-change', 'emergency'],
  ['recent-infection', 'fever', 'urgent'],
  ['immunosuppression', 'fever', 'urgent'],
  ['iv-drug-use', 'fever', 'urgent'],
  ['recent-spinal-procedure', 'fever', 'urgent'],
];

describe('finding vocabulary', () => {
  it('keeps every contract id at its level, and has no finding outside the contract', () => {
    for (const [level, ids] of Object.entries(CONTRACT)) {
      for (const id of ids) expect(FINDINGS.find((f) => f.id === id)?.level, id).toBe(level);
    }
    expect([...FINDING_IDS].sort()).toEqual(Object.values(CONTRACT).flat().sort());
  });

  it.each(ESCALATIONS)('raises %s with %s to %s, and not alone', (id, companion, level) => {
    expect(levelInCase(id as FindingId, [id as FindingId, companion as FindingId]).level).toBe(level);
    expect(levelInCase(id as FindingId, [id as FindingId]).level).toBe(getFinding(id as FindingId).level);
  });

  it('cites a known reference for every finding', () => {
    const files = new Set(readdirSync(join(import.meta.dirname, '../../../content/references')).map((f) => f.replace(/\.yaml$/, '')));
    for (const id of STANDARD_IDS) expect(files, id).toContain(id);
    for (const f of FINDINGS) expect(STANDARD_IDS, f.id).toContain(f.standard);
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
    const ids: FindingId[] = ['slr-positive', 'fever', 'saddle-anesthesia', 'night-pain', 'fever'];
    expect(canonicalFindings(ids)).toEqual(['saddle-anesthesia', 'fever', 'night-pain', 'slr-positive']);
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

  it('says which sources a finding supports, strongest first, and which findings count against a source', () => {
    expect(sourcesFor('scoliosis-or-instability')).toEqual(['spinal-instability', 'stenosis']);
    expect(sourcesFor('age-over-50-new-pain')).toEqual(['serious-pathology', 'stenosis']);
    // A finding that counts against a source does not support it.
    expect(sourcesFor('worse-with-sitting-bending-coughing')).toEqual(['nerve-root']);
    expect(sourcesFor('night-pain')).toEqual(['serious-pathology']);
    expect(sourcesFor('objective-measures-unchanged')).toEqual([]);
    expect(findingsAgainst('trigger-point-referral')).toEqual([
      'foot-drop', 'severe-weakness', 'progressive-neuro-deficit', 'muscle-weakness', 'sensory-change', 'reflex-change', 'persistent-numbness',
    ]);
    expect(findingsAgainst('stenosis')).toEqual(['worse-with-sitting-bending-coughing']);
    expect(findingsAgainst('nerve-root')).toEqual([]);
  });
});

describe('lesson links', () => {
  const links = [
    ...FINDINGS.map((f) => f.lesson),
    ...SOURCES.map((s) => s.lesson),
    ...PRECAUTIONS.map((p) => p.lesson),
    ...Object.values(URGENCY).map((u) => u.lesson),
    redFlagCard().lesson,
    redFlagCard().sessionRule.lesson,
  ];

  it('only names lesson sections that src/rules/lessons.ts lists and docs/anchors.md promises', () => {
    for (const link of links) {
      expect(isLessonLink(link), link).toBe(true);
      expect(isDocumentedSection(link), link).toBe(true);
    }
  });
});

describe('red-flag card', () => {
  const card = redFlagCard();

  it('lists every sign once, under its own level, with that level\'s action, timescale and treating instruction', () => {
    expect(card.groups.map((g) => g.urgency)).toEqual(['emergency', 'urgent', 'refer']);
    for (const group of card.groups) {
      expect(group.signs.map((s) => s.id), group.urgency).toEqual(CONTRACT[group.urgency]);
      expect(group).toMatchObject({ action: URGENCY[group.urgency].action, timescale: URGENCY[group.urgency].timescale, treating: URGENCY[group.urgency].treating });
      for (const sign of group.signs) expect(sign.label).toBe(FINDINGS.find((f) => f.id === sign.id)?.label);
    }
    expect(card.groups[0]?.action).toMatch(/emergency care now/);
    expect(card.groups[1]?.timescale).toMatch(/same day/i);
    expect(card.groups[2]?.action).toMatch(/physician/);
  });

  it('notes when a sign rises with another', () => {
    const refer = card.groups.find((g) => g.urgency === 'refer')!;
    expect(refer.signs.find((s) => s.id === 'sexual-dysfunction')?.escalation).toBe('Emergency together with any other cauda equina sign.');
    expect(refer.signs.find((s) => s.id === 'recent-infection')?.escalation).toBe('Urgent together with a fever.');
    expect(refer.signs.find((s) => s.id === 'night-pain')?.escalation).toBeUndefined();
  });

  it('gives one distinct action and treating instruction per level', () => {
    const levels = Object.values(URGENCY);
    expect(new Set(levels.map((u) => u.action)).size).toBe(levels.length);
    expect(new Set(levels.map((u) => u.treating)).size).toBe(levels.length);
    expect(URGENCY.urgent.treating).toMatch(/^No massage/);
    expect(URGENCY.emergency.treating).toMatch(/^No\./);
  });

  it('states the session rule with the thresholds triage uses', () => {
    expect(card.sessionRule.review).toMatch(/\b3 sessions\b.*review.*unchanged/);
    expect(card.sessionRule.refer).toMatch(/\b4 sessions\b.*refer/);
  });
});
