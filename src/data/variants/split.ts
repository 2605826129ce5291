/**
 * How a type splits the piriformis: where a division passes through the muscle, the muscle is drawn
 * as two bellies with a gap around it. Derived from the routes, so the gap always sits where the
 * nerve actually crosses.
 */
import { crossingsOf } from './crossing.ts';
import { DIVISION_RADIUS, routeFor } from './routes.ts';
import { memoByKey } from './memo.ts';
import { DIVISIONS, type TypeId } from './types.ts';

export interface MuscleSplit {
  /** Position along the muscle (0 origin, 1 insertion) of the gap's middle. */
  at: number;
  /** Height of the gap's middle relative to the centre line (cm). */
  height: number;
  /** Half the gap's height at its widest (cm). */
  halfGap: number;
  /** Half the gap's length along the muscle, as a fraction of the muscle's length. */
  halfLength: number;
}

/** No split: one belly. */
export const NO_SPLIT: MuscleSplit = { at: 0.4, height: 0, halfGap: 0, halfLength: 0.22 };

/** The split of a type's muscle (computed once per type: it is pure, and the diagram asks often). */
export const splitFor = memoByKey(computeSplit);

function computeSplit(typeId: TypeId): MuscleSplit {
  const through = DIVISIONS.flatMap((d) => crossingsOf(routeFor(typeId, d))).filter((c) => c.passage === 'through');
  if (through.length === 0) return NO_SPLIT;
  const at = through.reduce((sum, c) => sum + c.coords.at, 0) / through.length;
  const height = through.reduce((sum, c) => sum + c.coords.height, 0) / through.length;
  const spread = Math.max(...through.map((c) => Math.abs(c.coords.height - height)));
  return { at, height, halfGap: DIVISION_RADIUS + spread + 0.12, halfLength: 0.22 };
}

/** Half the gap's height at a point along the muscle: full around `split.at`, closing smoothly to 0. */
export function gapAt(split: MuscleSplit, at: number): number {
  const x = Math.abs(at - split.at) / split.halfLength;
  if (x >= 1) return 0;
  if (x <= PLATEAU) return split.halfGap;
  return split.halfGap * 0.5 * (1 + Math.cos((Math.PI * (x - PLATEAU)) / (1 - PLATEAU)));
}

/** The middle part of the gap (as a fraction of its half-length) that stays fully open. */
const PLATEAU = 0.45;
