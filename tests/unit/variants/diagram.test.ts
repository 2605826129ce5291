import { describe, expect, it } from 'vitest';
import { DIAGRAM_MARKERS, typeDiagram } from '../../../src/data/variants/diagram.ts';
import { TYPE_IDS } from '../../../src/data/variants/types.ts';

describe('the flat diagram of each type', () => {
  it('draws the piriformis in two bellies exactly where a division passes through it', () => {
    const bellies = Object.fromEntries(TYPE_IDS.map((t) => [t, typeDiagram(t).piriformis.length]));
    expect(bellies).toEqual({ A: 1, B: 2, C: 1, D: 2, E: 2, F: 1 });
  });

  it('draws both divisions in two parts (in the pelvis, then behind the muscle) and tags them T and CF', () => {
    for (const t of TYPE_IDS) {
      const d = typeDiagram(t);
      expect(d.divisions.map((x) => x.division)).toEqual(['tibial', 'commonFibular']);
      for (const x of d.divisions) {
        expect(x.front).toMatch(/^M[-\d. L]+$/);
        expect(x.back).toMatch(/^M[-\d. L]+$/);
      }
      expect(d.tags.map((x) => x.text)).toEqual(['T', 'CF']);
    }
  });

  it('differs between every pair of types', () => {
    const drawn = TYPE_IDS.map((t) => JSON.stringify(typeDiagram(t)));
    expect(new Set(drawn).size).toBe(TYPE_IDS.length);
  });

  it('numbers the five markers', () => {
    expect(DIAGRAM_MARKERS.map((m) => m.number)).toEqual([1, 2, 3, 4, 5]);
  });
});
