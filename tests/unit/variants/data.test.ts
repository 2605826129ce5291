import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BONE_PARTS } from '../../../src/data/variants/bones.ts';
import { ENTRAPMENT_SITES } from '../../../src/data/variants/entrapment.ts';
import { SOFT_TISSUE_PARTS } from '../../../src/data/variants/soft-tissue.ts';
import { LAYERS, STRUCTURES } from '../../../src/data/variants/structures.ts';
import { ANY_VARIANT_NOTES, SOURCE_LABEL, TYPE_IDS, VARIANT_TYPES } from '../../../src/data/variants/types.ts';
import { lessonHeading } from '../../../src/rules/index.ts';
import { documentedAnchors, isDocumentedSection } from '../helpers/anchors.ts';

describe('viewer data', () => {
  it('has the six Beaton & Anson types in order, each with a description and a cited prevalence', () => {
    expect(VARIANT_TYPES.map((t) => t.id)).toEqual([...TYPE_IDS]);
    for (const t of VARIANT_TYPES) {
      expect(t.description.split(/[.!?]\s/)).toHaveLength(1); // one sentence
      expect(t.prevalence.length).toBeGreaterThan(0);
      for (const p of t.prevalence) expect(SOURCE_LABEL[p.source]).toBeTruthy();
      expect(t.divided).toBe(t.passage.tibial !== t.passage.commonFibular);
    }
    expect(ANY_VARIANT_NOTES.length).toBeGreaterThan(0);
  });

  it('cites only reference files that exist', () => {
    for (const id of Object.keys(SOURCE_LABEL)) expect(() => readFileSync(`content/references/${id}.yaml`)).not.toThrow();
  });

  it('links every structure and site to a lesson section listed in docs/anchors.md', () => {
    const known = documentedAnchors();
    expect(known.size).toBeGreaterThan(5);
    for (const { lesson } of [...STRUCTURES, ...ENTRAPMENT_SITES]) expect(isDocumentedSection(lesson.href, known), lesson.href).toBe(true);
  });

  it('labels each lesson link with its section’s heading', () => {
    for (const { lesson } of [...STRUCTURES, ...ENTRAPMENT_SITES]) expect(lesson.label, lesson.href).toBe(lessonHeading(lesson.href));
  });

  it('gives every structure a two-line description, a layer that exists, and a shape', () => {
    const layerIds = new Set(LAYERS.map((l) => l.id));
    const built = new Set([...Object.keys(BONE_PARTS), ...Object.keys(SOFT_TISSUE_PARTS), 'piriformis', 'nerve-roots', 'sciatic-nerve', 'tibial-division', 'common-fibular-division']);
    for (const s of STRUCTURES) {
      expect(s.description).toHaveLength(2);
      expect(layerIds.has(s.layer)).toBe(true);
      expect(built.has(s.id), s.id).toBe(true);
    }
    expect(new Set(STRUCTURES.map((s) => s.id)).size).toBe(STRUCTURES.length);
  });

  it('numbers the entrapment sites 1 to 5 as the entrapment lesson does', () => {
    expect(ENTRAPMENT_SITES.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
  });
});
