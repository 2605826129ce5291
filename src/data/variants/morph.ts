/**
 * Everything about the scene that depends on the type, as one value that can be blended from one
 * type to another (for the short animation between types; with reduced motion the scene jumps).
 */
import { routeFor, sheathStartIndex } from './routes.ts';
import { splitFor, type MuscleSplit } from './split.ts';
import { variantType, type TypeId } from './types.ts';
import { lerp, type Vec3 } from './vec.ts';

export interface TypeShape {
  type: TypeId;
  tibial: Vec3[];
  commonFibular: Vec3[];
  split: MuscleSplit;
  /** First control point inside the shared sheath. */
  sheathFrom: number;
  /** Drawn as one trunk down to the split (A, D, F), or as two divisions all the way (B, C, E). */
  undivided: boolean;
}

export function shapeOf(type: TypeId): TypeShape {
  return {
    type,
    tibial: routeFor(type, 'tibial'),
    commonFibular: routeFor(type, 'commonFibular'),
    split: splitFor(type),
    sheathFrom: sheathStartIndex(type),
    undivided: !variantType(type).divided,
  };
}

const mix = (a: number, b: number, k: number) => a + (b - a) * k;

/** The shape a fraction `k` of the way from `a` to `b`; a split that opens or closes keeps its place. */
export function blendShapes(a: TypeShape, b: TypeShape, k: number): TypeShape {
  const place = a.split.halfGap === 0 ? b.split : b.split.halfGap === 0 ? a.split : null;
  return {
    type: k < 1 ? a.type : b.type,
    tibial: a.tibial.map((p, i) => lerp(p, b.tibial[i]!, k)),
    commonFibular: a.commonFibular.map((p, i) => lerp(p, b.commonFibular[i]!, k)),
    split: {
      at: place ? place.at : mix(a.split.at, b.split.at, k),
      height: place ? place.height : mix(a.split.height, b.split.height, k),
      halfGap: mix(a.split.halfGap, b.split.halfGap, k),
      halfLength: mix(a.split.halfLength, b.split.halfLength, k),
    },
    sheathFrom: b.sheathFrom,
    // The trunk appears or parts halfway through, while the routes are closest to both shapes.
    undivided: k < 0.5 ? a.undivided : b.undivided,
  };
}

/** Ease in and out, so a transition starts and stops gently. */
export const ease = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
