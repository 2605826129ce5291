/**
 * The course of each division for each type, as control points of a smooth curve. Every route has
 * the same number of points, so the scene can morph one type into another point by point.
 *
 * Each division starts in front of the piriformis (where the sacral plexus lies on the muscle),
 * crosses the muscle's plane above it, through it or below it at the greater sciatic foramen, then
 * runs down behind the short rotators, between the greater trochanter and the ischial tuberosity,
 * and down the back of the thigh to the split at the apex of the popliteal fossa.
 */
import { LANDMARKS } from './landmarks.ts';
import { FORAMEN_AT, piriformisSections, type MuscleSection } from './piriformis.ts';
import { variantType, type Division, type Passage, type TypeId } from './types.ts';
import { add, scale, type Vec3 } from './vec.ts';

/** Radius of one division; side by side the two make a nerve about 17 mm wide (15.5 mm pooled). */
export const DIVISION_RADIUS = 0.42;
/** Space left between a division and the muscle it passes above or below. */
const CLEARANCE = 0.4;

/** Where the nerve's divisions start in the pelvis, just below where the roots join. */
const START: Record<Division, Vec3> = {
  tibial: [4.3, -7.5, -3.9],
  commonFibular: [4.6, -7.0, -3.3],
};

/** Points shared by every type from below the muscle down: the nerve's centre line. */
const TRUNK: readonly Vec3[] = [
  // Behind the short rotators and quadratus femoris, clear of them.
  [9.8, -14.0, 2.8],
  [10.7, -17.8, 2.9],
  LANDMARKS.gluteusMaximusLowerBorder,
  [12.0, -33.0, 1.9],
  LANDMARKS.poplitealApex,
];

/** Where each division ends below the split: the tibial nerve straight down, the common fibular towards the head of the fibula. */
const END: Record<Division, Vec3> = {
  tibial: [11.1, -50.0, 1.6],
  commonFibular: [14.6, -49.0, 1.9],
};

/** Side-by-side offset of a division from the nerve's centre line: common fibular lateral, tibial medial. */
function sideOffset(division: Division): Vec3 {
  return [division === 'commonFibular' ? DIVISION_RADIUS + 0.01 : -DIVISION_RADIUS - 0.01, 0, 0];
}

function sectionAt(at: number): MuscleSection {
  const sections = piriformisSections();
  return sections.reduce((best, s) => (Math.abs(s.at - at) < Math.abs(best.at - at) ? s : best));
}

/** Height of the crossing point above (+) or below (−) the muscle's centre line at the foramen. */
function crossingHeight(passage: Passage, section: MuscleSection): number {
  if (passage === 'through') return 0;
  const clear = section.halfHeight + DIVISION_RADIUS + CLEARANCE;
  return passage === 'above' ? clear : -clear;
}

/**
 * The waypoints of the nerve's centre for one passage: before the foramen (in the pelvis, in front
 * of the muscle), the crossing itself, just behind it, and lower down behind the muscle.
 */
function passageWaypoints(passage: Passage): Vec3[] {
  const section = sectionAt(FORAMEN_AT);
  const cross = add(section.centre, scale(section.up, crossingHeight(passage, section)));
  // Steps taken in the muscle's own frame (along it, up, and front to back). Through the muscle the
  // nerve runs straight from front to back, as it would in a slit; elsewhere it slants outwards.
  const step = (along: number, up: number, back: number): Vec3 =>
    add(add(add(cross, scale(section.tangent, along)), scale(section.up, up)), scale(section.back, back));
  const through = passage === 'through';
  const before = through ? step(-0.5, 0, -2.2) : step(-1.3, passage === 'above' ? 0.2 : -0.2, -2.1);
  // Below the muscle the nerve turns down and out as soon as it is behind it, in one smooth arc.
  const after = through ? step(0.5, 0, 1.9) : passage === 'below' ? add(cross, [0.9, -1.0, 2.0]) : step(1.0, -0.5, 1.9);
  // From above the muscle the nerve has to come down behind it, clear of its back surface.
  const lower: Vec3 =
    passage === 'above' ? [10.0, -7.9, 3.4] : passage === 'through' ? [9.2, -10.2, 2.8] : [8.9, -12.0, 2.8];
  return [before, cross, after, lower];
}

/** Control points of one division's route in one type (all routes have the same length). */
export function routeFor(typeId: TypeId, division: Division): Vec3[] {
  const type = variantType(typeId);
  const passage = type.passage[division];
  const sharesPassage = type.passage.tibial === type.passage.commonFibular;
  const offset = sideOffset(division);
  // Bound divisions sit side by side in the same opening; separate ones each take the opening's centre.
  const exit = passageWaypoints(passage).map((p) => (sharesPassage ? add(p, offset) : p));
  return [START[division], ...exit, ...TRUNK.map((p) => add(p, offset)), END[division]];
}

/** Index of the first control point from which the two divisions run bound together in one sheath. */
export function sheathStartIndex(typeId: TypeId): number {
  return variantType(typeId).divided ? 5 : 1;
}

/** Index of the control point where the nerve splits into the tibial and common fibular nerves. */
export const SPLIT_INDEX = 9;
