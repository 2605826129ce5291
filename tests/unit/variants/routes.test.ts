import { describe, expect, it } from 'vitest';
import { crossingsOf, insideMuscle, toMuscleCoords } from '../../../src/data/variants/crossing.ts';
import { piriformisSections } from '../../../src/data/variants/piriformis.ts';
import { DIVISION_RADIUS, SPLIT_INDEX, routeFor, sheathStartIndex } from '../../../src/data/variants/routes.ts';
import { NO_SPLIT, gapAt, splitFor } from '../../../src/data/variants/split.ts';
import { DIVISIONS, TYPE_IDS, VARIANT_TYPES, variantType } from '../../../src/data/variants/types.ts';
import { length, sampleCurve, sub } from '../../../src/data/variants/vec.ts';

const sections = piriformisSections();
const cases = TYPE_IDS.flatMap((type) => DIVISIONS.map((division) => ({ type, division })));

describe('route geometry of the six types', () => {
  it.each(cases)('type $type: the $division division crosses the piriformis plane once, on the side the type defines', ({ type, division }) => {
    const crossings = crossingsOf(routeFor(type, division));
    expect(crossings).toHaveLength(1);
    expect(crossings[0]!.passage).toBe(variantType(type).passage[division]);
  });

  it.each(cases)('type $type: the $division division never runs into the muscle, except through its split', ({ type, division }) => {
    const split = splitFor(type);
    const passage = variantType(type).passage[division];
    const clashes = sampleCurve(routeFor(type, division), 16)
      .map((p) => toMuscleCoords(p, sections))
      .filter((c) => insideMuscle(c, DIVISION_RADIUS))
      // Inside the muscle's outline is fine only within the gap between the two bellies.
      .filter((c) => !(passage === 'through' && Math.abs(c.height - split.height) + DIVISION_RADIUS <= gapAt(split, c.at) + 0.05));
    expect(clashes).toEqual([]);
  });

  it('splits the muscle into two bellies exactly in the types where a division passes through it', () => {
    const split = TYPE_IDS.filter((t) => splitFor(t).halfGap > 0);
    expect(split).toEqual(['B', 'D', 'E']);
    expect(splitFor('A')).toEqual(NO_SPLIT);
    // The undivided nerve of type D needs a wider gap than one division alone.
    expect(splitFor('D').halfGap).toBeGreaterThan(splitFor('B').halfGap);
  });

  it.each(TYPE_IDS)('type %s: the divisions meet below the muscle, run side by side, and split at the same place', (type) => {
    const tibial = routeFor(type, 'tibial');
    const fibular = routeFor(type, 'commonFibular');
    expect(tibial).toHaveLength(fibular.length);
    for (let i = sheathStartIndex(type); i <= SPLIT_INDEX; i++) {
      // Two touching divisions: centres about two radii apart, never overlapping.
      const gap = length(sub(tibial[i]!, fibular[i]!));
      expect(gap).toBeGreaterThanOrEqual(2 * DIVISION_RADIUS);
      expect(gap).toBeLessThan(2 * DIVISION_RADIUS + 0.1);
    }
    // The common fibular division runs lateral (+x) to the tibial in the thigh.
    expect(fibular[SPLIT_INDEX]![0]).toBeGreaterThan(tibial[SPLIT_INDEX]![0]);
    // Below the split the common fibular nerve heads laterally, away from the tibial.
    const after = length(sub(tibial[SPLIT_INDEX + 1]!, fibular[SPLIT_INDEX + 1]!));
    expect(after).toBeGreaterThan(2);
  });

  it('undivided types keep the divisions bound from the pelvis; divided types only below the muscle', () => {
    for (const t of VARIANT_TYPES) expect(sheathStartIndex(t.id)).toBe(t.divided ? 5 : 1);
  });

  it('every route has the same number of control points, so one type can morph into another', () => {
    const counts = new Set(cases.map(({ type, division }) => routeFor(type, division).length));
    expect(counts.size).toBe(1);
  });
});

describe('the piriformis model', () => {
  it('tapers from a broad origin to a narrow tendon', () => {
    const first = sections[0]!;
    const last = sections[sections.length - 1]!;
    expect(first.halfHeight).toBeGreaterThan(2.5);
    expect(last.halfHeight).toBeLessThan(0.5);
    for (let i = 1; i < sections.length; i++) expect(sections[i]!.halfHeight).toBeLessThanOrEqual(sections[i - 1]!.halfHeight + 1e-9);
  });

  it('runs from the sacrum (medial) to the greater trochanter (lateral) and a little downwards', () => {
    const first = sections[0]!.centre;
    const last = sections[sections.length - 1]!.centre;
    expect(last[0] - first[0]).toBeGreaterThan(10);
    expect(last[1]).toBeLessThan(first[1]);
  });

  it('the gap closes smoothly to nothing at both ends of the split', () => {
    const split = splitFor('B');
    expect(gapAt(split, split.at)).toBeCloseTo(split.halfGap);
    expect(gapAt(split, split.at + split.halfLength)).toBe(0);
    expect(gapAt(split, split.at - split.halfLength * 0.99)).toBeLessThan(0.01);
    expect(gapAt(NO_SPLIT, 0.4)).toBe(0);
  });
});
