import { describe, expect, it } from 'vitest';
import { crossingsOf, toMuscleCoords } from '../../../src/data/variants/crossing.ts';
import { ENTRAPMENT_SITES } from '../../../src/data/variants/entrapment.ts';
import { SCENE_LABELS, labelAnchor, labelShown, labelText } from '../../../src/data/variants/labels.ts';
import { piriformisSections } from '../../../src/data/variants/piriformis.ts';
import { routeFor } from '../../../src/data/variants/routes.ts';
import { STRUCTURES, defaultLayers } from '../../../src/data/variants/structures.ts';
import { DIVISIONS, TYPE_IDS } from '../../../src/data/variants/types.ts';
import { add, length, scale, sub, type Vec3 } from '../../../src/data/variants/vec.ts';
import { FAILURE_MESSAGE, classifyFailure } from '../../../src/components/variants/load-failure.ts';

/** Every point, in every type, where a division comes out past the piriformis's plane. */
function emergencePoints(): Vec3[] {
  const sections = piriformisSections();
  return TYPE_IDS.flatMap((type) =>
    DIVISIONS.flatMap((d) =>
      crossingsOf(routeFor(type, d)).map((c) => {
        const s = sections.reduce((best, x) => (Math.abs(x.at - c.coords.at) < Math.abs(best.at - c.coords.at) ? x : best));
        return add(s.centre, scale(s.up, c.coords.height));
      }),
    ),
  );
}

describe('entrapment markers', () => {
  it('sit beside the points where the nerve emerges, never on them (seen from behind)', () => {
    const points = emergencePoints();
    expect(points.length).toBe(12);
    for (const site of ENTRAPMENT_SITES) {
      for (const p of points) {
        const apart = Math.hypot(site.position[0] - p[0], site.position[1] - p[1]);
        expect(apart, `marker ${site.number}`).toBeGreaterThan(2);
      }
    }
  });

  it('puts marker 3 on the piriformis itself', () => {
    const three = ENTRAPMENT_SITES.find((s) => s.number === 3)!;
    const c = toMuscleCoords(three.position);
    expect(c.at).toBeGreaterThan(0);
    expect(c.at).toBeLessThan(1);
    expect(Math.abs(c.height)).toBeLessThan(c.halfHeight);
    // On its back surface, where a marker drawn on top is seen from behind.
    expect(c.depth).toBeGreaterThan(0);
    expect(c.depth).toBeLessThan(c.halfThickness + 0.5);
  });
});

describe('3D labels', () => {
  it('use the structure list names, one label per structure at most', () => {
    const names = new Set<string>(STRUCTURES.map((s) => s.name));
    for (const l of SCENE_LABELS) expect(names.has(labelText(l)), l.id).toBe(true);
    expect(new Set(SCENE_LABELS.map((l) => l.id)).size).toBe(SCENE_LABELS.length);
  });

  it('name the trunk only when the nerve is undivided, and the divisions where they are', () => {
    const trunk = SCENE_LABELS.find((l) => l.id === 'sciatic-nerve')!;
    expect(labelAnchor(trunk, true)).not.toBeNull();
    expect(labelAnchor(trunk, false)).toBeNull();
    const fibular = SCENE_LABELS.find((l) => l.id === 'common-fibular-division')!;
    // Undivided, the common fibular division is only separate below the split, in the thigh.
    expect(labelAnchor(fibular, true)![1]).toBeLessThan(-40);
    expect(labelAnchor(fibular, false)![1]).toBeGreaterThan(-20);
  });

  it('pin each division label on its own cord', () => {
    for (const [id, division] of [['tibial-division', 'tibial'], ['common-fibular-division', 'commonFibular']] as const) {
      const label = SCENE_LABELS.find((l) => l.id === id)!;
      const nearest = Math.min(...routeFor('B', division).map((p) => length(sub(p, labelAnchor(label, false)!))));
      expect(nearest, id).toBeLessThan(1);
    }
  });

  it('keep only the essential labels on a narrow view, and none for ghosted or hidden layers', () => {
    const layers = defaultLayers();
    const wide = SCENE_LABELS.filter((l) => labelShown(l, layers, false)).length;
    const narrow = SCENE_LABELS.filter((l) => labelShown(l, layers, true)).length;
    expect(narrow).toBeLessThan(wide);
    expect(narrow).toBeLessThanOrEqual(7);
    expect(SCENE_LABELS.filter((l) => labelShown(l, { ...layers, bones: 'ghost' }, false)).map((l) => l.id)).not.toContain('sacrum');
  });
});

describe('why the 3D view did not load', () => {
  it('tells offline, a failed download and a graphics failure apart', () => {
    expect(classifyFailure(new TypeError('Failed to fetch dynamically imported module: /_astro/Scene3D.js'), true)).toBe('download');
    expect(classifyFailure(new TypeError('Importing a module script failed.'), true)).toBe('download');
    expect(classifyFailure(new TypeError('Failed to fetch dynamically imported module'), false)).toBe('offline');
    expect(classifyFailure(new Error('Error creating WebGL context.'), true)).toBe('graphics');
    for (const message of Object.values(FAILURE_MESSAGE)) expect(message).not.toMatch(/this browser has no/i);
  });
});
