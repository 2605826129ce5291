/**
 * Where gluteus minimus trigger points refer pain (Travell & Simons 1992), as zones over the map in
 * half coordinates (see frame.ts), and the muscle's outline. Both referral zones stop at the ankle.
 */
import type { ViewId, XY } from '../types.ts';
import { PLACEMENTS, place, placePoint } from './frame.ts';
import { flatten, smoothPath, type CurvePoint } from './smooth.ts';

export type FibreGroup = 'anterior' | 'posterior';

interface ZoneSpec { fibres: FibreGroup; view: ViewId; shape: readonly CurvePoint[] }

const ZONE_SPECS: readonly ZoneSpec[] = [
  {
    fibres: 'anterior', view: 'anterior',
    shape: [[150, 250, 1], [118, 262], [108, 330], [102, 420], [94, 480], [90, 530], [88, 610], [82, 700], [76, 790], [82, 830], [150, 830, 1]],
  },
  {
    fibres: 'anterior', view: 'posterior',
    shape: [[150, 226, 1], [112, 234], [96, 266], [102, 330], [106, 420], [98, 480], [94, 560], [90, 680], [86, 790], [90, 830], [150, 830, 1]],
  },
  {
    fibres: 'posterior', view: 'posterior',
    shape: [
      [22, 248], [58, 242], [86, 264], [92, 330], [90, 440], [88, 540], [86, 640], [80, 720], [64, 746], [46, 736], [36, 660],
      [32, 560], [28, 450], [22, 360], [16, 300],
    ],
  },
];

/** Where the muscle lies, deep to gluteus medius (drawn as a dashed fan in the back view). */
const MUSCLE_SHAPE: readonly CurvePoint[] = [[70, 150], [100, 128], [130, 134], [141, 172], [138, 222], [128, 232], [104, 202], [80, 174]];
export const MUSCLE_LABEL_SPOT: XY = [104, 172];

export interface ReferralZone {
  fibres: FibreGroup;
  view: ViewId;
  d: string;
  polygons: XY[][];
}

/** Each referral zone on both sides of the view it shows in. */
export const REFERRAL_ZONES: readonly ReferralZone[] = ZONE_SPECS.map(({ fibres, view, shape }) => {
  const shapes = PLACEMENTS.map((p) => place(shape, p));
  return { fibres, view, d: shapes.map((s) => smoothPath(s)).join(''), polygons: shapes.map((s) => flatten(s)) };
});

/** The muscle's outline (back view, both sides) and a label spot on each side. */
export const MUSCLE_OUTLINE = {
  d: PLACEMENTS.map((p) => smoothPath(place(MUSCLE_SHAPE, p))).join(''),
  labels: PLACEMENTS.map((p) => placePoint(MUSCLE_LABEL_SPOT, p)),
};
