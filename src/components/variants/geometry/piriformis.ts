/**
 * The piriformis as two bellies. Without a split they meet along a flat inner face and read as one
 * muscle; where a division passes through, the bellies part around it and close again either side.
 */
import type { BufferGeometry } from 'three';
import { piriformisSections, type MuscleSection } from '../../../data/variants/piriformis.ts';
import { gapAt, type MuscleSplit } from '../../../data/variants/split.ts';
import { add, cross, dot, scale, sub, type Vec3 } from '../../../data/variants/vec.ts';
import { sweep } from './sweep.ts';

const ARC = 14;
const CHORD = 4;

/** Section ring of one belly: the part of the muscle's ellipse beyond the cut, closed by a slightly hollowed inner face. */
function bellyRing(s: MuscleSection, split: MuscleSplit, side: 1 | -1): Vec3[] {
  const gap = gapAt(split, s.at);
  const middle = Math.max(-s.halfHeight + 0.3, Math.min(s.halfHeight - 0.3, split.height));
  // Distance from the centre line, towards this belly's side, where the belly begins.
  const cut = side * middle + gap;
  const theta0 = Math.asin(Math.max(-0.9, Math.min(0.85, cut / s.halfHeight)));
  const at = (height: number, depth: number): Vec3 => add(add(s.centre, scale(s.up, side * height)), scale(s.back, depth));
  const ring: Vec3[] = [];
  for (let i = 0; i <= ARC; i++) {
    const t = theta0 + ((Math.PI - 2 * theta0) * i) / ARC;
    ring.push(at(s.halfHeight * Math.sin(t), s.halfThickness * Math.cos(t)));
  }
  const edge = s.halfThickness * Math.cos(theta0);
  const base = s.halfHeight * Math.sin(theta0);
  for (let i = 1; i <= CHORD; i++) {
    const d = -edge + (2 * edge * i) / (CHORD + 1);
    // The inner face dips into the belly a little where the gap is open, like a groove round the nerve.
    const hollow = gap * 0.25 * (1 - (d / edge) ** 2);
    ring.push(at(base + hollow, d));
  }
  return orientAbout(ring, s.tangent);
}

/** Puts a ring in counter-clockwise order about `axis`, as the sweep expects. */
function orientAbout(ring: Vec3[], axis: Vec3): Vec3[] {
  const c = scale(ring.reduce((sum, p) => add(sum, p), [0, 0, 0] as Vec3), 1 / ring.length);
  let turn = 0;
  for (let i = 0; i < ring.length; i++) turn += dot(cross(sub(ring[i]!, c), sub(ring[(i + 1) % ring.length]!, c)), axis);
  return turn < 0 ? ring.reverse() : ring;
}

export function buildPiriformis(split: MuscleSplit): [BufferGeometry, BufferGeometry] {
  const sections = piriformisSections(6);
  const belly = (side: 1 | -1) => sweep(sections.map((s) => bellyRing(s, split, side)), { capRings: 3, capDepth: 0.3 });
  return [belly(1), belly(-1)];
}
