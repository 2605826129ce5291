/** The nerve: each division as a tube, the sheath that binds them, and the roots that form it. */
import type { BufferGeometry } from 'three';
import { DIVISION_RADIUS } from '../../../data/variants/routes.ts';
import { ROOTS, ROOT_RADIUS } from '../../../data/variants/soft-tissue.ts';
import { cross, dot, lerp, length, normalize, sampleCurve, scale, sub, tangents, type Vec3 } from '../../../data/variants/vec.ts';
import { buildLoft, ellipseRing } from './loft.ts';
import { mergeGeometries } from './merge.ts';
import { sweep } from './sweep.ts';

/** Samples per span of a route; the sheath uses the same count to pair up the divisions' samples. */
export const ROUTE_SAMPLES = 7;
/** One light and one dark band of the common fibular division's pattern, in cm. */
export const STRIPE_PERIOD = 1.4;

export function buildDivision(route: readonly Vec3[]): BufferGeometry {
  const centres = sampleCurve(route, ROUTE_SAMPLES);
  const t = tangents(centres);
  const rings = centres.map((c, i) => {
    const side = normalize(cross(t[i]!, Math.abs(t[i]![1]) > 0.9 ? [1, 0, 0] : [0, 1, 0]));
    const up = cross(side, t[i]!);
    return ellipseRing(c, side, up, DIVISION_RADIUS, DIVISION_RADIUS, 10);
  });
  return sweep(rings, { uPerUnit: 1 / STRIPE_PERIOD, capDepth: 0.8 });
}

/** The see-through sheath round both divisions from control point `from` to `to`. */
export function buildSheath(tibial: readonly Vec3[], fibular: readonly Vec3[], from: number, to: number): BufferGeometry {
  const a = sampleCurve(tibial, ROUTE_SAMPLES).slice(from * ROUTE_SAMPLES, to * ROUTE_SAMPLES - 3);
  const b = sampleCurve(fibular, ROUTE_SAMPLES).slice(from * ROUTE_SAMPLES, to * ROUTE_SAMPLES - 3);
  const centres = a.map((p, i) => lerp(p, b[i]!, 0.5));
  const t = tangents(centres);
  const rings = centres.map((c, i) => {
    const across = sub(b[i]!, a[i]!);
    // Side: towards the fibular division, kept square to the direction of travel.
    const side = normalize(sub(across, scale(t[i]!, dot(across, t[i]!))));
    const up = cross(side, t[i]!);
    return ellipseRing(c, side, up, length(across) / 2 + DIVISION_RADIUS + 0.12, DIVISION_RADIUS + 0.12, 12);
  });
  return sweep(rings, { capDepth: 0.4 });
}

/** L4 to S3, each from its foramen to the junction in front of the piriformis, plus the junction itself. */
export function buildRoots(): BufferGeometry {
  const roots = ROOTS.map((r) => buildLoft({ path: r.path, profile: [{ at: 0, w: ROOT_RADIUS, h: ROOT_RADIUS }, { at: 1, w: ROOT_RADIUS * 1.3, h: ROOT_RADIUS * 1.3 }] }, 5, 8));
  const junction = buildLoft(
    { path: [[4.0, -6.2, -3.4], [4.4, -7.2, -3.5], [4.5, -7.6, -3.7]], profile: [{ at: 0, w: 0.55, h: 0.5 }, { at: 1, w: 0.7, h: 0.6 }] },
    6,
    12,
  );
  return mergeGeometries([...roots, junction]);
}
