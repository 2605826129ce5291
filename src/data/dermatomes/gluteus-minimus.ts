/**
 * Gluteus minimus trigger-point referral (Travell & Simons 1992; anatomy-facts section 6), for the
 * map's compare mode: where each part of the muscle refers pain, drawn over the L5 and S1 zones, and
 * the signs that tell referral from a root problem.
 */
import type { RootId, ViewId, XY } from './types.ts';
import { PLACEMENTS, place, placePoint } from './geometry/frame.ts';
import { flatten, smoothPath, type CurvePoint } from './geometry/smooth.ts';

export type FibreGroup = 'anterior' | 'posterior';

export interface ReferralPattern {
  fibres: FibreGroup;
  /** Display name. */
  name: string;
  /** Where the pain is felt, in plain words. */
  area: string;
  /** The dermatome it is most often mistaken for. */
  looksLike: RootId;
}

export const REFERRAL_PATTERNS: readonly ReferralPattern[] = [
  {
    fibres: 'anterior',
    name: 'Anterior fibres',
    area: 'The lower outer buttock, the outer thigh, the knee and the outer side of the lower leg down to the ankle.',
    looksLike: 'L5',
  },
  {
    fibres: 'posterior',
    name: 'Posterior fibres',
    area: 'The lower inner buttock, the back of the thigh and the calf.',
    looksLike: 'S1',
  },
];

/** How trigger-point referral and a root problem usually differ, sign by sign. */
export const REFERRAL_VS_ROOT: readonly { sign: string; referral: string; root: string }[] = [
  { sign: 'Numbness in the skin zone', referral: 'No: the skin feels normal to touch.', root: 'Can be present, most clearly at the key sensory point.' },
  { sign: 'Weakness of the key muscle', referral: 'No true weakness (pain may make effort hesitant).', root: 'Can be present (L5: big toe lift; S1: rising onto the toes).' },
  { sign: 'Reflex change', referral: 'None.', root: 'Can be present (S1: ankle jerk).' },
  { sign: 'How far down', referral: 'Rarely past the ankle.', root: 'Often into the foot (L5: top of the foot and big toe; S1: heel, sole, outer edge).' },
  { sign: 'Pressure on the hip abductors', referral: 'Reproduces the familiar pain.', root: 'Does not reproduce it.' },
];

interface ZoneSpec { fibres: FibreGroup; view: ViewId; shape: readonly CurvePoint[] }

// Half coordinates, as for the dermatome zones (geometry/frame.ts). Both stop at the ankle.
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
