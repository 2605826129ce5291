/**
 * The dermatome zones as drawn on this site, in half coordinates (see frame.ts). Neighbouring zones
 * share their boundary lines, written once below, so there is no gap or seam between them. Points
 * outside the body are fine: every zone is clipped to the body outline when drawn and tested.
 *
 * The layout is our own simplified drawing after the usual textbook charts: bands running down and
 * inwards across the front of the thigh (L1 to L3), L4 on the inner and L5 on the outer lower leg,
 * S1 on the outer foot, heel and sole, S2 down the back of the thigh and calf, S3 in a ring around
 * S4–5. Where maps disagree most (the outer and inner back of the thigh, the sacrum) we leave skin
 * blank rather than pick one map, as Lee et al. 2008 did.
 */
import type { RootId, ViewId, XY } from '../types.ts';
import type { CurvePoint } from './smooth.ts';

type Chain = readonly CurvePoint[];

/** Where on the body a zone is, for its accessible name ("L5 dermatome, left leg"). */
export type BodyPart = 'leg' | 'groin' | 'lower back and buttock' | 'buttock' | 'side of the anus';

/** A label spot; with `to`, a short leader line runs from the label to that point in the zone. */
export interface LabelSpot {
  at: XY;
  to?: XY;
}

export interface ZoneShape {
  root: RootId;
  view: ViewId;
  part: BodyPart;
  /** Where the zone is, in plain words without the root's name (find-it mode names zones by this). */
  place: string;
  /** One or more closed shapes that together make the zone on one side. */
  shapes: readonly Chain[];
  labels: readonly LabelSpot[];
}

const reverse = (chain: Chain): CurvePoint[] => [...chain].reverse();
const same = (a: CurvePoint | undefined, b: CurvePoint | undefined): boolean => !!a && !!b && a[0] === b[0] && a[1] === b[1];
/** Joins chains end to start into one closed shape, dropping points repeated where chains meet. */
function join(...chains: Chain[]): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (const chain of chains) out.push(...(same(out.at(-1), chain[0]) ? chain.slice(1) : chain));
  return same(out[0], out.at(-1)) ? out.slice(0, -1) : out;
}

// Front: the band boundaries, each from outside the hip (x 150) in to the midline (x 0).
const FRONT_TOP: Chain = [[150, 104, 1], [116, 110], [84, 136], [52, 166], [24, 190], [0, 200, 1]];
const FRONT_L1_L2: Chain = [[150, 172, 1], [112, 212], [78, 256], [46, 284], [20, 298], [0, 304, 1]];
const FRONT_L2_L3: Chain = [[150, 300, 1], [108, 344], [70, 378], [36, 404], [0, 420, 1]];
const FRONT_L3_OUTER: Chain = [[150, 444, 1], [112, 468], [94, 494, 1]];
const FRONT_L3_INNER: Chain = [[94, 494, 1], [66, 524], [34, 542], [0, 550, 1]];
// Down the shin to the inner edge of the big toe: L4 inside, L5 outside.
const FRONT_L4_L5: Chain = [[94, 494, 1], [84, 560], [70, 640], [61, 720], [56, 800], [50, 848], [40, 872], [30, 890], [18, 940, 1]];
// From the outer ankle to the cleft between the fourth and little toes: L5 inside, S1 outside.
const FRONT_L5_S1: Chain = [[150, 824, 1], [90, 836], [89, 866], [92, 886], [96, 940, 1]];

// Back: bands across the lower back and upper buttock, each from the midline out past the hip.
const BACK_TOP: Chain = [[0, 96, 1], [40, 98], [90, 104], [150, 114, 1]];
const BACK_L1_L2: Chain = [[0, 134, 1], [40, 136], [90, 146], [150, 168, 1]];
const BACK_L2_L3: Chain = [[0, 170, 1], [46, 174], [96, 190], [150, 222, 1]];
const BACK_L3_LOW: Chain = [[0, 206, 1], [50, 212], [100, 234], [150, 266, 1]];
// The S3 ring and the S4–5 spot it surrounds, centred on the anus at the foot of the cleft.
const S3_OUTER: Chain = [[0, 212, 1], [26, 218], [48, 236], [58, 266], [54, 296], [36, 314], [0, 322, 1]];
const S45_EDGE: Chain = [[0, 258, 1], [13, 262], [18, 276], [13, 290], [0, 294, 1]];
// The lower leg from behind: L4 on the inner side, S1 on the outer side, the heel and the sole.
const BACK_L5_S1: Chain = [[150, 600, 1], [104, 600], [88, 640], [74, 680], [56, 700], [40, 660, 1]];
const BACK_L4_S1: Chain = [[40, 660, 1], [48, 720], [50, 790], [44, 840], [38, 870], [20, 900, 1]];
const SOLE_L5_S1: Chain = [[20, 1000, 1], [46, 1000], [56, 1030], [54, 1060], [50, 1090, 1]];

export const ZONE_SHAPES: readonly ZoneShape[] = [
  {
    root: 'L1', view: 'anterior', part: 'groin', place: 'groin and top of the front of the thigh',
    shapes: [join(FRONT_TOP, [[0, 200, 1], [0, 304, 1]], reverse(FRONT_L1_L2))],
    labels: [{ at: [92, 196] }],
  },
  {
    root: 'L2', view: 'anterior', part: 'leg', place: 'front and middle of the thigh',
    shapes: [join(FRONT_L1_L2, [[0, 304, 1], [0, 420, 1]], reverse(FRONT_L2_L3))],
    labels: [{ at: [96, 300] }],
  },
  {
    root: 'L3', view: 'anterior', part: 'leg', place: 'lower thigh and knee',
    shapes: [join(FRONT_L2_L3, [[0, 420, 1], [0, 550, 1]], reverse(FRONT_L3_INNER), reverse(FRONT_L3_OUTER))],
    labels: [{ at: [90, 418] }],
  },
  {
    root: 'L4', view: 'anterior', part: 'leg', place: 'inner side of the shin and ankle',
    shapes: [join(reverse(FRONT_L3_INNER), FRONT_L4_L5, [[18, 940, 1], [0, 940, 1], [0, 550, 1]])],
    labels: [{ at: [44, 640] }],
  },
  {
    root: 'L5', view: 'anterior', part: 'leg', place: 'outer side of the shin, top of the foot and big toe',
    shapes: [join(reverse(FRONT_L3_OUTER), [[150, 444, 1], [150, 824, 1]], FRONT_L5_S1, [[96, 940, 1], [18, 940, 1]], reverse(FRONT_L4_L5))],
    labels: [{ at: [86, 690] }],
  },
  {
    root: 'S1', view: 'anterior', part: 'leg', place: 'outer edge of the foot and little toe',
    shapes: [join(FRONT_L5_S1, [[96, 940, 1], [150, 940, 1], [150, 824, 1]])],
    labels: [{ at: [126, 872], to: [97, 882] }],
  },
  {
    root: 'L1', view: 'posterior', part: 'lower back and buttock', place: 'lower back, top band',
    shapes: [join(BACK_TOP, [[150, 114, 1], [150, 168, 1]], reverse(BACK_L1_L2))],
    labels: [{ at: [96, 128] }],
  },
  {
    root: 'L2', view: 'posterior', part: 'lower back and buttock', place: 'lower back and upper buttock, middle band',
    shapes: [join(BACK_L1_L2, [[150, 168, 1], [150, 222, 1]], reverse(BACK_L2_L3))],
    labels: [{ at: [104, 176] }],
  },
  {
    root: 'L3', view: 'posterior', part: 'lower back and buttock', place: 'upper buttock, lowest band, and inner thigh above the knee',
    shapes: [
      join(BACK_L2_L3, [[150, 222, 1], [150, 266, 1]], reverse(BACK_L3_LOW)),
      [[0, 380, 1], [24, 382], [34, 430], [36, 480], [30, 530], [0, 556, 1]], // lower inner thigh, seen from behind
    ],
    labels: [{ at: [114, 224] }],
  },
  {
    root: 'L4', view: 'posterior', part: 'leg', place: 'inner side of the lower leg from behind',
    shapes: [join([[0, 560, 1], [26, 562], [34, 612], [40, 660, 1]], BACK_L4_S1, [[20, 900, 1], [0, 900, 1]])],
    labels: [{ at: [20, 770], to: [42, 770] }],
  },
  {
    root: 'L5', view: 'posterior', part: 'leg', place: 'outer side of the leg below the knee, and inner part of the sole',
    shapes: [
      [[150, 474, 1], [98, 486], [88, 530], [92, 576], [104, 600, 1], [150, 600, 1]],
      join(SOLE_L5_S1, [[50, 1090, 1], [20, 1090, 1], [20, 1000, 1]]), // inner forefoot and big toe
    ],
    labels: [{ at: [126, 530], to: [99, 530] }, { at: [42, 1050] }],
  },
  {
    root: 'S1', view: 'posterior', part: 'leg', place: 'outer back of the lower leg, heel and outer sole',
    shapes: [
      join(BACK_L5_S1, BACK_L4_S1, [[20, 900, 1], [20, 915, 1], [150, 915, 1], [150, 600, 1]]),
      join([[20, 920, 1], [120, 920, 1], [120, 1090, 1]], reverse(SOLE_L5_S1)), // heel and outer sole
    ],
    labels: [{ at: [68, 776] }, { at: [70, 982] }],
  },
  {
    root: 'S2', view: 'posterior', part: 'leg', place: 'strip down the back of the thigh and calf',
    shapes: [[
      [56, 234], [100, 238], [132, 262], [118, 300], [98, 340], [92, 420], [84, 480], [82, 540], [80, 620], [70, 684],
      [58, 698], [46, 680], [42, 600], [40, 520], [42, 460], [46, 380], [52, 326], [60, 296], [62, 262],
    ]],
    labels: [{ at: [68, 410] }],
  },
  {
    root: 'S3', view: 'posterior', part: 'buttock', place: 'inner buttock around the anus',
    shapes: [join(S3_OUTER, [[0, 322, 1], [0, 294, 1]], reverse(S45_EDGE), [[0, 258, 1], [0, 212, 1]])],
    labels: [{ at: [34, 244] }],
  },
  {
    root: 'S4-5', view: 'posterior', part: 'side of the anus', place: 'skin right around the anus',
    shapes: [S45_EDGE],
    labels: [{ at: [30, 352], to: [9, 282] }],
  },
];

/** The ISNCSCI key sensory point of each root, in the view where it shows (half coordinates). */
export const KEY_POINT_SPOTS: Readonly<Record<RootId, { view: ViewId; at: XY }>> = {
  L1: { view: 'anterior', at: [54, 258] },
  L2: { view: 'anterior', at: [44, 332] },
  L3: { view: 'anterior', at: [28, 482] },
  L4: { view: 'anterior', at: [41, 834] },
  L5: { view: 'anterior', at: [70, 882] },
  S1: { view: 'posterior', at: [76, 884] },
  S2: { view: 'posterior', at: [61, 486] },
  S3: { view: 'posterior', at: [36, 296] },
  'S4-5': { view: 'posterior', at: [8, 276] },
};
