/**
 * The piriformis as data: a centre line from its origin on the front of the sacrum (S2–S4), out
 * through the greater sciatic foramen, to its tendon on the upper border of the greater trochanter,
 * with a broad, flat section that tapers to the tendon. The nerve routes are checked against this
 * same model, and the scene builds the muscle from it.
 */
import { LANDMARKS } from './landmarks.ts';
import { memoByKey } from './memo.ts';
import { arcLengths, cross, dot, normalize, sampleCurve, scale, sub, tangents, type Vec3 } from './vec.ts';

/** Centre line, medial to lateral. */
export const PIRIFORMIS_AXIS: readonly Vec3[] = [
  [2.3, -5.5, -1.2],
  [4.6, -6.4, -1.3],
  [7.6, -7.4, 0.1],
  // Outside the pelvis it lies on the back of the hip joint, so it bows backwards here.
  [10.6, -8.3, 1.7],
  [13.0, -8.8, 0.7],
  LANDMARKS.piriformisInsertion,
];

/**
 * Half the muscle's height (superior–inferior) and half its thickness (front–back) along its length
 * (0 = origin, 1 = insertion), in cm: broad and flat at the sacrum, a round tendon at the trochanter.
 */
const PROFILE: readonly { at: number; halfHeight: number; halfThickness: number }[] = [
  { at: 0, halfHeight: 2.9, halfThickness: 0.75 },
  { at: 0.2, halfHeight: 2.4, halfThickness: 0.9 },
  { at: 0.42, halfHeight: 1.75, halfThickness: 1.0 },
  { at: 0.62, halfHeight: 1.2, halfThickness: 0.85 },
  { at: 0.8, halfHeight: 0.55, halfThickness: 0.45 },
  { at: 0.9, halfHeight: 0.34, halfThickness: 0.3 },
  { at: 1, halfHeight: 0.3, halfThickness: 0.26 },
];

export function piriformisProfile(at: number): { halfHeight: number; halfThickness: number } {
  const i = PROFILE.findIndex((p) => p.at >= at);
  if (i <= 0) return PROFILE[0]!;
  const a = PROFILE[i - 1]!;
  const b = PROFILE[i]!;
  // Smooth (cosine) blend so the outline has no kinks at the keyframes.
  const k = (1 - Math.cos(((at - a.at) / (b.at - a.at)) * Math.PI)) / 2;
  return {
    halfHeight: a.halfHeight + (b.halfHeight - a.halfHeight) * k,
    halfThickness: a.halfThickness + (b.halfThickness - a.halfThickness) * k,
  };
}

/** One cross-section of the muscle, with its own frame: `up` is superior, `back` posterior. */
export interface MuscleSection {
  /** 0 at the origin, 1 at the insertion (by arc length). */
  at: number;
  centre: Vec3;
  tangent: Vec3;
  up: Vec3;
  back: Vec3;
  halfHeight: number;
  halfThickness: number;
}

const sectionsBySampling = memoByKey((perSpan: number): readonly MuscleSection[] => computeSections(perSpan));

/**
 * The muscle sampled along its length; `perSpan` samples per span of the centre line. Every route,
 * crossing and diagram reads these, so each sampling is computed once (it is pure) and shared.
 */
export function piriformisSections(perSpan = 10): readonly MuscleSection[] {
  return sectionsBySampling(perSpan);
}

function computeSections(perSpan: number): MuscleSection[] {
  const centres = sampleCurve(PIRIFORMIS_AXIS, perSpan);
  const lengths = arcLengths(centres);
  const total = lengths[lengths.length - 1]!;
  const tans = tangents(centres);
  return centres.map((centre, i) => {
    const tangent = tans[i]!;
    // Keep "up" as close to the body's vertical as the tangent allows, so the section never twists.
    const up = normalize(sub([0, 1, 0], scale(tangent, dot([0, 1, 0], tangent))));
    const back = normalize(cross(tangent, up));
    const at = lengths[i]! / total;
    return { at, centre, tangent, up, back, ...piriformisProfile(at) };
  });
}

/** Where along the muscle the greater sciatic foramen lies (where the nerve crosses it). */
export const FORAMEN_AT = 0.4;
