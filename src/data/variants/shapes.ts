/**
 * The two kinds of shape the scene is built from, described as plain data so they can be checked
 * and reused without three.js:
 * - a loft: a section (an ellipse) swept along a smooth curve, its size changing along the way
 *   (muscles, tendons, nerve roots, the femoral shaft);
 * - a slab: a flat outline with a curved middle surface and a thickness that thins to a rounded
 *   edge (the hip bone, the sacrum, the broad gluteal muscles, the ligaments).
 */
import type { Vec3 } from './vec.ts';

export type Vec2 = readonly [number, number];

/** A size keyframe along a loft: `at` 0 (start) to 1 (end); `w` side-to-side and `h` up–down half-sizes. */
export interface LoftKey {
  at: number;
  w: number;
  h: number;
}

export interface LoftSpec {
  path: readonly Vec3[];
  profile: readonly LoftKey[];
  /** Which way the section's `h` axis leans (default: the body's vertical). */
  up?: Vec3;
}

export interface SlabSpec {
  /** Closed outline in the x–y plane (posterior view), star-shaped around `centre`. */
  outline: readonly Vec2[];
  centre: Vec2;
  /** Depth (z) of the middle surface at a point of the outline's plane. */
  mid: (x: number, y: number) => number;
  /** Full thickness at a point; the slab thins to a rounded edge at the outline. */
  thickness: (x: number, y: number) => number;
  /** Direction of the fibres in the picture plane, in degrees from +x (for the muscle grain). */
  fibres?: number;
}

/** A loft's half-sizes at a point along it (smooth between keyframes). */
export function loftSize(profile: readonly LoftKey[], at: number): { w: number; h: number } {
  const i = profile.findIndex((k) => k.at >= at);
  if (i === 0) return profile[0]!;
  if (i < 0) return profile[profile.length - 1]!;
  const a = profile[i - 1]!;
  const b = profile[i]!;
  const k = (1 - Math.cos(((at - a.at) / (b.at - a.at)) * Math.PI)) / 2;
  return { w: a.w + (b.w - a.w) * k, h: a.h + (b.h - a.h) * k };
}

/** A gaussian bump, for local bulges (the ischial tuberosity, the posterior column). */
export function bump(x: number, y: number, cx: number, cy: number, spread: number): number {
  return Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / spread);
}

/** A loft with one size along its whole length. */
export function even(w: number, h = w): LoftKey[] {
  return [
    { at: 0, w, h },
    { at: 1, w, h },
  ];
}
