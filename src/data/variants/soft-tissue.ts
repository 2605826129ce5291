/**
 * Ligaments and muscles around the piriformis (the piriformis itself is in piriformis.ts, because
 * the nerve routes are checked against it). Coordinates as in landmarks.ts.
 */
import { hipBoneDepth } from './bones.ts';
import { LANDMARKS } from './landmarks.ts';
import { loft, slab, type Part } from './parts.ts';
import { bump } from './shapes.ts';
import { smoothstep } from './vec.ts';

/** Behind the others: from the PSIS, the side of the sacrum and coccyx to the ischial tuberosity, narrow in the middle. */
const sacrotuberous = slab({
  centre: [4.4, -9.5],
  outline: [
    [4.6, -1.0], [5.2, -3.0], [5.3, -6.5], [5.2, -10.2], [6.4, -13.6], [7.6, -15.4], [7.4, -16.6], [6.2, -16.4],
    [4.4, -13.8], [3.0, -12.6], [1.6, -11.8], [2.0, -9.2], [3.0, -5.4], [3.8, -2.0],
  ],
  mid: (_x, y) => 1.9 + 0.06 * (y + 9),
  thickness: (x, y) => 0.5 + 0.35 * bump(x, y, 4.6, -11.5, 4),
  fibres: -72,
});

/** In front of the sacrotuberous: a fan from the side of the lower sacrum and coccyx to the ischial spine. */
const sacrospinous = slab({
  centre: [2.4, -11.0],
  outline: [[4.9, -11.5], [4.8, -12.1], [3.0, -12.3], [1.0, -12.7], [1.1, -11.4], [1.5, -9.6], [2.6, -10.4]],
  mid: () => -0.5,
  thickness: () => 0.55,
  fibres: -12,
});

/** The short lateral rotators below the piriformis, top to bottom. */
const superiorGemellus = loft({
  path: [[5.4, -11.5, 0.2], [8.6, -11.6, 1.1], [12.2, -10.9, 0.6], [14.6, -10.3, -0.9]],
  profile: [
    { at: 0, w: 0.35, h: 0.45 },
    { at: 0.4, w: 0.45, h: 0.55 },
    { at: 1, w: 0.3, h: 0.35 },
  ],
});

const obturatorInternus = loft({
  // from inside the pelvis, round the lesser sciatic notch, out to the greater trochanter
  path: [[4.4, -14.0, -1.7], [5.2, -13.5, -0.6], [6.2, -12.7, 0.5], [9.6, -12.3, 1.2], [12.4, -11.5, 0.6], [14.7, -10.8, -0.8]],
  profile: [
    { at: 0, w: 0.9, h: 0.8 },
    { at: 0.15, w: 0.7, h: 0.6 },
    { at: 0.35, w: 0.45, h: 0.55 },
    { at: 0.8, w: 0.45, h: 0.5 },
    { at: 1, w: 0.3, h: 0.35 },
  ],
});

const inferiorGemellus = loft({
  path: [[6.8, -14.3, 1.0], [9.8, -13.4, 1.3], [12.4, -12.3, 0.6], [14.6, -11.4, -0.8]],
  profile: [
    { at: 0, w: 0.4, h: 0.5 },
    { at: 0.4, w: 0.45, h: 0.6 },
    { at: 1, w: 0.3, h: 0.35 },
  ],
});

/** A flat, four-sided muscle from the ischial tuberosity to the intertrochanteric crest. */
const quadratusFemoris = slab({
  centre: [11.0, -15.4],
  outline: [[8.4, -14.9], [11.0, -14.3], [13.8, -13.4], [13.4, -16.1], [11.0, -16.8], [8.8, -17.4]],
  mid: (x) => 1.2 - 0.42 * Math.max(0, x - 8.6),
  thickness: () => 1.1,
  fibres: 12,
});

/**
 * Gluteus maximus: a thick quadrilateral sheet from the back of the ilium, sacrum, coccyx and
 * sacrotuberous ligament, running down and out to the iliotibial tract and the femur, covering the
 * whole region.
 */
const gluteusMaximus = slab({
  centre: [9.5, -10.5],
  outline: [
    [4.0, 3.2], [3.2, 0.0], [2.2, -4.0], [1.6, -8.0], [1.2, -11.5], [1.0, -13.8], [3.5, -17.5], [7.0, -21.5],
    [10.5, -24.3], [13.5, -25.6], [16.6, -22.5], [17.6, -16.0], [17.8, -10.0], [17.0, -5.0], [14.0, -1.6],
    [10.6, 1.6], [7.2, 3.6],
  ],
  mid: (x, y) => 3.5 + 2.4 * Math.exp(-((x - 9) ** 2) / 45 - ((y + 11) ** 2) / 120) - 0.1 * Math.max(0, x - 12.5) ** 2,
  thickness: (x, y) => 1.6 + 1.2 * Math.exp(-((x - 9.5) ** 2) / 30 - ((y + 11) ** 2) / 80),
  fibres: -38,
});

/** On the outer surface of the ilium, converging on the greater trochanter; its lower border meets the piriformis. */
const mediusDepth = (x: number, y: number, lift: number) => {
  const onIlium = hipBoneDepth(x, Math.max(y, -3)) + lift;
  return onIlium + (-0.8 - lift * 0.5 - onIlium) * smoothstep(-1, -8.5, y);
};

const gluteusMedius = slab({
  centre: [12.0, 0.0],
  outline: [
    [6.0, 4.6], [8.0, 6.0], [10.4, 6.9], [12.6, 6.8], [14.6, 5.0], [15.6, 2.2], [16.4, -3.0], [16.8, -7.2],
    [16.0, -9.0], [14.6, -8.4], [12.2, -6.6], [9.8, -5.2], [7.6, -3.6], [6.0, -0.8],
  ],
  mid: (x, y) => mediusDepth(x, y, 1.4),
  thickness: (x, y) => 1.2 + 0.8 * bump(x, y, 12, -1, 12),
  fibres: -75,
});

const gluteusMinimus = slab({
  centre: [12.4, -1.0],
  outline: [
    [8.4, 2.6], [10.6, 4.4], [13.0, 4.4], [14.8, 2.6], [15.9, -2.6], [16.4, -7.6], [15.4, -8.8], [14.0, -7.6],
    [11.6, -5.6], [9.4, -3.8], [8.2, -0.8],
  ],
  mid: (x, y) => mediusDepth(x, y, 0.5),
  thickness: () => 0.8,
  fibres: -75,
});

/** Long head of biceps femoris (crossing the nerve obliquely) and semitendinosus, from the ischial tuberosity. */
const bicepsLongHead = loft({
  path: [[7.6, -17.0, 1.6], [9.4, -24.0, 4.0], [12.2, -35.0, 4.2], [14.2, -44.0, 3.0], [15.0, -50.0, 1.2]],
  profile: [
    { at: 0, w: 0.7, h: 0.7 },
    { at: 0.15, w: 1.3, h: 1.0 },
    { at: 0.5, w: 1.9, h: 1.5 },
    { at: 0.85, w: 1.0, h: 0.8 },
    { at: 1, w: 0.5, h: 0.5 },
  ],
  up: [0, 0, 1],
});

const semitendinosus = loft({
  path: [[7.0, -17.2, 1.6], [7.4, -26.0, 3.6], [7.8, -37.0, 3.4], [8.6, -46.0, 1.6], [9.0, -51.0, 0.2]],
  profile: [
    { at: 0, w: 0.7, h: 0.7 },
    { at: 0.15, w: 1.2, h: 1.0 },
    { at: 0.45, w: 1.5, h: 1.3 },
    { at: 0.75, w: 0.7, h: 0.6 },
    { at: 1, w: 0.35, h: 0.35 },
  ],
  up: [0, 0, 1],
});

export const SOFT_TISSUE_PARTS = {
  sacrotuberous: [sacrotuberous],
  sacrospinous: [sacrospinous],
  'superior-gemellus': [superiorGemellus],
  'obturator-internus': [obturatorInternus],
  'inferior-gemellus': [inferiorGemellus],
  'quadratus-femoris': [quadratusFemoris],
  'gluteus-maximus': [gluteusMaximus],
  'gluteus-medius': [gluteusMedius],
  'gluteus-minimus': [gluteusMinimus],
  hamstrings: [bicepsLongHead, semitendinosus],
} satisfies Record<string, Part[]>;

/** The roots L4–S3, from where each leaves the spine or sacrum to where they join in front of the piriformis. */
export const ROOTS = [
  { id: 'L4', path: [LANDMARKS.foramenL4, [3.6, 1.6, -3.0], [4.0, -2.6, -3.5], [4.3, -6.4, -3.4]] },
  { id: 'L5', path: [LANDMARKS.foramenL5, [3.4, -1.0, -3.3], [4.1, -4.2, -3.5], [4.4, -6.8, -3.4]] },
  { id: 'S1', path: [LANDMARKS.foramenS1, [2.4, -2.4, -2.8], [3.6, -4.8, -3.2], [4.4, -7.0, -3.4]] },
  { id: 'S2', path: [LANDMARKS.foramenS2, [2.5, -4.5, -2.6], [3.6, -6.2, -3.1], [4.4, -7.2, -3.4]] },
  { id: 'S3', path: [LANDMARKS.foramenS3, [2.6, -6.6, -2.5], [3.6, -7.4, -3.1], [4.4, -7.4, -3.5]] },
] as const;

export const ROOT_RADIUS = 0.32;
