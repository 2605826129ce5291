import { describe, expect, it } from 'vitest';
import {
  KEY_POINTS, MAP_REGIONS, MIDLINE_X, REFERRAL_ZONES, ROOT_IDS, SILHOUETTES, VIEW_SIZE, polygonProbe,
} from '../../../src/data/dermatomes/index.ts';
import { flatten, insidePolygon, smoothPath } from '../../../src/data/dermatomes/geometry/smooth.ts';

describe('the drawn map', () => {
  it('has every root on both sides, with unique region ids', () => {
    for (const root of ROOT_IDS) {
      const sides = new Set(MAP_REGIONS.filter((r) => r.root === root).map((r) => r.side));
      expect([...sides].sort(), root).toEqual(['left', 'right']);
    }
    expect(new Set(MAP_REGIONS.map((r) => r.id)).size).toBe(MAP_REGIONS.length);
  });

  it('puts the person’s right leg on the viewer’s left in the front view, and the left leg in the back view', () => {
    const l4Front = MAP_REGIONS.find((r) => r.id === 'anterior-L4-right')!;
    const s1Back = MAP_REGIONS.find((r) => r.id === 'posterior-S1-left')!;
    expect(l4Front.placement).toBe('viewer-left');
    expect(s1Back.placement).toBe('viewer-left');
  });

  it('draws the two sides as mirror images', () => {
    for (const region of MAP_REGIONS.filter((r) => r.side === 'left')) {
      const twin = MAP_REGIONS.find((r) => r.view === region.view && r.root === region.root && r.side === 'right')!;
      const mirrored = region.polygons.map((poly) => poly.map(([x, y]) => [2 * MIDLINE_X - x, y]));
      expect(mirrored.flat().flat().map(Math.round)).toEqual(twin.polygons.flat().flat().map(Math.round));
    }
  });

  it('marks each key sensory point on the body, inside its own root’s zone, on both sides', () => {
    expect(KEY_POINTS).toHaveLength(ROOT_IDS.length * 2);
    for (const kp of KEY_POINTS) {
      const point = [kp.x, kp.y] as const;
      expect(polygonProbe.onBody(kp.view, point), `${kp.root} ${kp.side} on the body`).toBe(true);
      const zones = polygonProbe.zonesAt(kp.view, point);
      expect(zones, `${kp.root} ${kp.side}`).toContainEqual({ root: kp.root, side: kp.side });
    }
  });

  it('keeps labels inside the drawing and regions drawn as closed smooth paths', () => {
    for (const region of MAP_REGIONS) {
      expect(region.d).toMatch(/^M-?\d+ -?\d+c/);
      expect(region.d.match(/Z/g)?.length).toBe(region.polygons.length);
      for (const label of region.labels) {
        const { width, height } = VIEW_SIZE[region.view];
        expect(label.x).toBeGreaterThan(0);
        expect(label.x).toBeLessThan(width);
        expect(label.y).toBeLessThan(height);
      }
    }
  });

  it('draws the body as one outline per view, plus the two soles in the back view', () => {
    expect(SILHOUETTES.anterior.polygons).toHaveLength(1);
    expect(SILHOUETTES.posterior.polygons).toHaveLength(3);
  });
});

describe('gluteus minimus referral zones', () => {
  const overlap = (fibres: 'anterior' | 'posterior', root: string) =>
    REFERRAL_ZONES.filter((z) => z.fibres === fibres).some((zone) =>
      zone.polygons.some((poly) => poly.some((p) => polygonProbe.onBody(zone.view, p) && polygonProbe.zonesAt(zone.view, p).some((z) => z.root === root))),
    );

  it('stop at the ankle', () => {
    for (const zone of REFERRAL_ZONES) for (const poly of zone.polygons) expect(Math.max(...poly.map(([, y]) => y))).toBeLessThanOrEqual(835);
  });

  it('overlap L5 (anterior fibres) and S1 (posterior fibres), as the sheet says', () => {
    expect(overlap('anterior', 'L5')).toBe(true);
    expect(overlap('posterior', 'S1')).toBe(true);
  });
});

describe('smooth curves', () => {
  const square = [[0, 0, 1], [100, 0, 1], [100, 100, 1], [0, 100, 1]] as const;

  it('writes a closed relative path and a polygon through the points', () => {
    expect(smoothPath([...square])).toBe('M0 0c0 0 100 0 100 0s0 100 0 100s-100 0-100 0s0-100 0-100Z');
    const polygon = flatten([...square]);
    expect(insidePolygon([50, 50], polygon)).toBe(true);
    expect(insidePolygon([150, 50], polygon)).toBe(false);
  });

  it('writes nothing for fewer than two points', () => {
    expect(smoothPath([[1, 2]])).toBe('');
  });
});
