/** A loft (see data/variants/shapes.ts): an ellipse whose size changes, swept along a smooth curve. */
import type { BufferGeometry } from 'three';
import { loftSize, type LoftSpec } from '../../../data/variants/shapes.ts';
import { add, arcLengths, cross, dot, normalize, sampleCurve, scale, sub, tangents, type Vec3 } from '../../../data/variants/vec.ts';
import { sweep, type SweepOptions } from './sweep.ts';

/** Section frames along a sampled curve: `side` and `up` stay as close to the hint as the curve allows. */
export function frames(centres: readonly Vec3[], upHint: Vec3 = [0, 1, 0]): { side: Vec3; up: Vec3 }[] {
  return tangents(centres).map((t) => {
    // When the curve runs along the hint, fall back to another axis so the frame never collapses.
    const hint = Math.abs(dot(t, upHint)) > 0.95 ? ([0, 0, 1] as Vec3) : upHint;
    const up = normalize(sub(hint, scale(t, dot(hint, t))));
    return { side: normalize(cross(up, t)), up };
  });
}

export function ellipseRing(centre: Vec3, side: Vec3, up: Vec3, w: number, h: number, n: number): Vec3[] {
  const ring: Vec3[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    ring.push(add(centre, add(scale(side, Math.cos(a) * w), scale(up, Math.sin(a) * h))));
  }
  return ring;
}

export function buildLoft(spec: LoftSpec, perSpan = 8, radial = 14, options?: SweepOptions): BufferGeometry {
  const centres = sampleCurve(spec.path, perSpan);
  const lengths = arcLengths(centres);
  const total = lengths[lengths.length - 1] || 1;
  const f = frames(centres, spec.up);
  const rings = centres.map((c, i) => {
    const { w, h } = loftSize(spec.profile, lengths[i]! / total);
    return ellipseRing(c, f[i]!.side, f[i]!.up, w, h, radial);
  });
  return sweep(rings, options);
}
