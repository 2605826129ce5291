/**
 * Where a route meets the piriformis: the point where it passes from in front of the muscle's
 * plane (the pelvis) to behind it (the buttock), and how high that point sits relative to the
 * muscle's borders. This is what "above", "through" and "below" mean, measured on the geometry.
 */
import { piriformisSections, type MuscleSection } from './piriformis.ts';
import type { Passage } from './types.ts';
import { dot, sampleCurve, sub, type Vec3 } from './vec.ts';

/** A point in the muscle's own frame. */
export interface MuscleCoords {
  /** Position along the muscle (0 origin, 1 insertion) of the nearest section. */
  at: number;
  /** Distance from the section's plane along the muscle (0 when the point lies in it). */
  along: number;
  /** Height above (+) or below (−) the centre line. */
  height: number;
  /** Depth behind (+) or in front of (−) the centre line. */
  depth: number;
  halfHeight: number;
  halfThickness: number;
}

/** Expresses a point in the frame of the muscle section whose plane passes closest to it. */
export function toMuscleCoords(point: Vec3, sections: readonly MuscleSection[] = piriformisSections()): MuscleCoords {
  let best: MuscleSection = sections[0]!;
  let bestAlong = Infinity;
  for (const s of sections) {
    const along = dot(sub(point, s.centre), s.tangent);
    if (Math.abs(along) < Math.abs(bestAlong)) {
      best = s;
      bestAlong = along;
    }
  }
  const rel = sub(point, best.centre);
  return {
    at: best.at,
    along: bestAlong,
    height: dot(rel, best.up),
    depth: dot(rel, best.back),
    halfHeight: best.halfHeight,
    halfThickness: best.halfThickness,
  };
}

/** How far beyond the muscle's border (cm) a crossing still counts as passing it. */
const NEAR = 3;

export interface Crossing {
  /** The crossing point in the muscle's frame. */
  coords: MuscleCoords;
  passage: Passage;
}

/**
 * Every place where a route crosses the muscle's plane from front to back (or back to front)
 * within the muscle's length, classified by the height of the crossing.
 */
export function crossingsOf(route: readonly Vec3[], perSpan = 16): Crossing[] {
  const sections = piriformisSections();
  const samples = sampleCurve(route, perSpan).map((p) => toMuscleCoords(p, sections));
  const out: Crossing[] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (a.depth >= 0 === b.depth >= 0) continue;
    // Only crossings within the muscle's length count; the plane extends past both ends.
    if (Math.abs(a.along) > 0.5 || Math.abs(b.along) > 0.5 || a.at <= 0 || a.at >= 1) continue;
    const k = a.depth / (a.depth - b.depth);
    const height = a.height + (b.height - a.height) * k;
    const coords: MuscleCoords = { ...a, height, depth: 0, along: a.along + (b.along - a.along) * k };
    // The plane runs on for ever; only crossings near the muscle (within a few cm of a border) count.
    if (Math.abs(height) > a.halfHeight + NEAR) continue;
    const passage: Passage = height > a.halfHeight ? 'above' : height < -a.halfHeight ? 'below' : 'through';
    out.push({ coords, passage });
  }
  return out;
}

/** Whether a point lies inside the whole (unsplit) muscle, grown by `margin` on every side. */
export function insideMuscle(c: MuscleCoords, margin = 0): boolean {
  if (c.at <= 0 || c.at >= 1 || Math.abs(c.along) > 0.3) return false;
  const h = c.height / (c.halfHeight + margin);
  const d = c.depth / (c.halfThickness + margin);
  return h * h + d * d < 1;
}
