/**
 * The body outline of each view: lower trunk, buttocks, both legs and feet, plus the few inner lines
 * (groin creases, kneecaps, gluteal folds) that make the figure readable. Proportions follow a
 * standing adult: crotch about a quarter of the way down, knee at about 55%, ankle near the floor.
 */
import type { ViewId, XY } from '../types.ts';
import { PLACEMENTS, place, type Placement } from './frame.ts';
import { flatten, smoothPath, type CurvePoint } from './smooth.ts';

/** Outer edge of one leg from the waist to the ankle (the same seen from front or back). */
const OUTER_LEG: readonly CurvePoint[] = [
  [106, 34], [110, 72], [120, 110], [131, 150], [138, 192], [139, 230], [136, 272], [130, 322], [122, 372],
  [113, 420], [106, 462], [103, 494], [104, 524], [109, 566], [107, 606], [99, 660], [90, 720], [83, 774], [80, 812],
];

/** Inner edge of one leg from the ankle up to the crotch. */
const INNER_LEG = (crotchY: number): CurvePoint[] => [
  [41, 792], [39, 742], [30, 690], [19, 642], [15, 602], [20, 560], [26, 530], [22, 500], [19, 468], [16, 420], [12, 362],
  ...(crotchY > 280 ? [[8, 322]] as CurvePoint[] : [[8, 312], [4, 276]] as CurvePoint[]),
  [0, crotchY, 1],
];

/** The foot seen from the front: toes towards the viewer, big toe on the inner side. */
const FOOT_FRONT: readonly CurvePoint[] = [
  [84, 840], [90, 862], [100, 880], [106, 893], [102, 903], [90, 907], [77, 909], [62, 910], [46, 910], [33, 905],
  [29, 890], [32, 872], [37, 852], [35, 834], [39, 812],
];

/** The foot seen from behind: the heel, with the forefoot just showing at both sides. */
const FOOT_BACK: readonly CurvePoint[] = [
  [84, 840], [88, 862], [92, 882], [89, 896], [76, 903], [58, 905], [43, 900], [37, 886], [37, 862], [36, 836], [39, 812],
];

/** A sole as if the foot were lifted behind: heel at the top, toes at the bottom, big toe inwards. */
const SOLE: readonly CurvePoint[] = [
  [64, 934], [78, 938], [85, 952], [86, 978], [84, 1000], [88, 1022], [94, 1040], [94, 1052], [86, 1058], [76, 1063],
  [64, 1068], [50, 1073], [37, 1071], [30, 1060], [30, 1040], [36, 1022], [44, 1004], [46, 984], [43, 962], [48, 942],
];

/** One half's outline, waist to crotch, for a view. */
function halfOutline(view: ViewId): CurvePoint[] {
  const foot = view === 'anterior' ? FOOT_FRONT : FOOT_BACK;
  return [...OUTER_LEG, ...foot, ...INNER_LEG(view === 'anterior' ? 250 : 300)];
}

/** The whole outline, starting at the waist on the viewer's left and ending at the waist on the right. */
function fullOutline(view: ViewId): CurvePoint[] {
  const left = place(halfOutline(view), 'viewer-left');
  const right = place(halfOutline(view), 'viewer-right').reverse();
  // The crotch appears in both halves; keep one copy.
  return [...left, ...right.slice(1)];
}

export interface Silhouette {
  /** Closed path: the body's fill and the clip for the dermatome zones. */
  fill: string;
  /** Open path: the visible outline, without a line across the cut at the waist. */
  edge: string;
  /** Polygons of the body (one per closed shape) for "is this point on the body" tests. */
  polygons: XY[][];
}

const soles = (placement: Placement): CurvePoint[] => place(SOLE, placement);

function buildSilhouette(view: ViewId): Silhouette {
  const outline = fullOutline(view);
  // The waist line is straight: mark its ends as corners so the curve does not bulge above it.
  const closed: CurvePoint[] = outline.map((p, i) => (i === 0 || i === outline.length - 1 ? [p[0], p[1], 1] : p));
  const shapes = view === 'posterior' ? PLACEMENTS.map(soles) : [];
  return {
    fill: [smoothPath(closed), ...shapes.map((s) => smoothPath(s))].join(''),
    edge: [smoothPath(outline, false), ...shapes.map((s) => smoothPath(s))].join(''),
    polygons: [flatten(closed), ...shapes.map((s) => flatten(s))],
  };
}

export const SILHOUETTES: Readonly<Record<ViewId, Silhouette>> = {
  anterior: buildSilhouette('anterior'),
  posterior: buildSilhouette('posterior'),
};

/** Inner lines of one half, as open curves in half coordinates. */
const HALF_DETAILS: Readonly<Record<ViewId, readonly (readonly CurvePoint[])[]>> = {
  anterior: [
    [[112, 138], [84, 168], [52, 200], [24, 226], [10, 236]], // groin crease along the inguinal ligament
    [[50, 462], [60, 452], [74, 456], [80, 476], [74, 498], [60, 502], [50, 492], [48, 474], [50, 462]], // kneecap
    [[90, 884], [92, 902]], [[78, 885], [79, 905]], [[63, 885], [63, 906]], [[47, 883], [46, 905]], // toe clefts
    [[46, 850], [58, 846], [72, 850]], // front of the ankle
  ],
  posterior: [
    [[28, 150], [29, 152]], // dimple over the back of the pelvis
    [[6, 300], [30, 306], [62, 306], [92, 298], [110, 286]], // gluteal fold
    [[38, 492], [60, 498], [84, 492]], // crease at the back of the knee
    [[54, 748], [56, 800], [57, 846]], [[72, 748], [70, 800], [68, 846]], // Achilles tendon
    [[46, 872], [60, 882], [80, 872]], // top of the heel pad
    [[36, 1046], [56, 1046], [74, 1042], [90, 1036]], // base of the toes on the sole
    [[47, 1050], [46, 1071]], [[60, 1050], [61, 1068]], [[71, 1048], [73, 1063]], [[82, 1044], [84, 1058]], // toe clefts
  ],
};

/** Lines on the midline, drawn once. */
const MIDLINE_DETAILS: Readonly<Record<ViewId, readonly (readonly CurvePoint[])[]>> = {
  anterior: [
    [[200, 62], [197, 68], [200, 74], [203, 68], [200, 62]], // navel
  ],
  posterior: [
    [[200, 34], [200, 90], [200, 132]], // furrow over the spine
    [[200, 196], [200, 240], [200, 296]], // cleft between the buttocks
  ],
};

/** Open path data for the inner lines of a view. */
export function detailPath(view: ViewId): string {
  const halves = PLACEMENTS.flatMap((placement) => HALF_DETAILS[view].map((line) => place(line, placement)));
  return [...halves, ...MIDLINE_DETAILS[view]].map((line) => smoothPath(line, false)).join('');
}
