/**
 * The nerve: one trunk down to its split for the undivided types (A, D, F), else each division as
 * its own tube from the pelvis; the roots that form it. Tubes start hidden inside the root junction
 * or the trunk, so no end cap shows where a cord leaves the muscle.
 */
import { BufferGeometry } from 'three';
import { DIVISION_RADIUS, SPLIT_INDEX } from '../../../data/variants/routes.ts';
import { ROOTS, ROOT_RADIUS } from '../../../data/variants/soft-tissue.ts';
import { lerp, normalize, cross, sampleCurve, tangents, type Vec3 } from '../../../data/variants/vec.ts';
import { buildLoft, ellipseRing } from './loft.ts';
import { mergeGeometries } from './merge.ts';
import { sweep } from './sweep.ts';

/** Samples per span of a route. */
export const ROUTE_SAMPLES = 8;
/** The undivided trunk: as wide as the two divisions side by side, round. */
export const TRUNK_RADIUS = DIVISION_RADIUS * 1.6;

function tube(centres: readonly Vec3[], radius: (i: number) => number): BufferGeometry {
  const t = tangents(centres);
  // A side vector carried along the curve (parallel transport), so the rings never twist into a coil.
  let side = normalize(cross(t[0]!, [0, 0, 1]));
  const rings = centres.map((c, i) => {
    const ti = t[i]!;
    const up0 = cross(side, ti);
    side = normalize(cross(ti, up0));
    const up = cross(side, ti);
    return ellipseRing(c, side, up, radius(i), radius(i), 12);
  });
  // v runs round the tube: the fibular division's stripes run lengthwise, so they can never read as rings.
  return sweep(rings, { capDepth: 0.7 });
}

/** One division, from control point `from` (0: the pelvis; the split for an undivided nerve) to its end. */
export function buildDivision(route: readonly Vec3[], from = 0): BufferGeometry {
  const centres = sampleCurve(route, ROUTE_SAMPLES).slice(from * ROUTE_SAMPLES);
  return tube(centres, () => DIVISION_RADIUS);
}

/** The undivided nerve: one round trunk on the divisions' mid-line, from the pelvis to the split. */
export function buildTrunk(tibial: readonly Vec3[], fibular: readonly Vec3[]): BufferGeometry {
  const end = SPLIT_INDEX * ROUTE_SAMPLES + 1;
  const a = sampleCurve(tibial, ROUTE_SAMPLES).slice(0, end);
  const b = sampleCurve(fibular, ROUTE_SAMPLES).slice(0, end);
  const centres = a.map((p, i) => lerp(p, b[i]!, 0.5));
  // Narrowing a little into the pelvis (where the roots join) and towards the split.
  const n = centres.length - 1;
  return tube(centres, (i) => TRUNK_RADIUS * (i < 4 ? 0.8 + 0.05 * i : i > n - 6 ? 0.86 + 0.14 * ((n - i) / 6) : 1));
}

/** Nothing to draw (the trunk of a divided type). */
export const emptyGeometry = (): BufferGeometry => new BufferGeometry();

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
