/**
 * Bones of the scene: the lower lumbar vertebrae, the sacrum and coccyx, the right hip bone (ilium,
 * greater sciatic notch, ischial spine and tuberosity) and the right femur (head, neck, greater and
 * lesser trochanters, shaft, condyles). Coordinates as in landmarks.ts.
 */
import { LANDMARKS } from './landmarks.ts';
import { ellipsoid, loft, slab, type Part } from './parts.ts';
import { bump, even } from './shapes.ts';
import { add, cross, normalize, scale, smoothstep, sub, type Vec3 } from './vec.ts';

/** Middle surface of the ilium: the wing curves forwards as it goes lateral. */
const iliumDepth = (x: number) => 2.2 - 0.12 * (x - 4.3) - 0.08 * (x - 4.3) ** 2;
/** Middle surface of the ischium: close to the frontal plane, the tuberosity bulging backwards. */
const ischiumDepth = (x: number, y: number) =>
  0.6 - 0.25 * Math.max(0, x - 8) + 0.5 * bump(x, y, 7.6, -16.4, 4) - 0.8 * bump(x, y, 4.6, -11.8, 1.5);

/** Depth of the hip bone's middle surface: ilium above, ischium below, blended across the notch. */
export function hipBoneDepth(x: number, y: number): number {
  const w = smoothstep(-2.5, -9.5, y);
  return (1 - w) * iliumDepth(x) + w * ischiumDepth(x, y);
}

const hipBoneThickness = (x: number, y: number) =>
  1.0 + 0.8 * smoothstep(-2.5, -9.5, y) + 1.0 * bump(x, y, 7.6, -16.6, 3) + 0.7 * bump(x, y, 10.2, -7.5, 6) + 0.5 * bump(x, y, 5, -1.5, 3);

/** The ilium: from the posterior superior iliac spine round the iliac crest to the top of the acetabulum, and the upper edge of the greater sciatic notch. */
const ilium = slab({
  centre: [9.5, 1.5],
  outline: [
    [4.3, -1.2], [4.6, 1.0], [5.6, 3.4], [7.4, 5.4], [10.0, 6.6], [12.6, 6.4], [14.6, 4.6], [15.4, 2.2],
    [14.6, 0.2], [13.4, -1.8], [13.0, -4.4], [12.2, -6.6], [10.2, -6.8],
    // the greater sciatic notch, from its apex up to the posterior inferior iliac spine
    [9.5, -5.8], [8.7, -3.9], [7.2, -3.0], [5.5, -2.9], [5.0, -2.2],
  ],
  mid: hipBoneDepth,
  thickness: hipBoneThickness,
});

/** The ischium: the column behind the acetabulum down to the tuberosity, with the ischial spine and the lesser sciatic notch. */
const ischium = slab({
  centre: [9.6, -11.0],
  outline: [
    [10.2, -6.4], [12.4, -6.6], [12.6, -9.0], [12.0, -11.6], [10.4, -13.6], [9.5, -15.6], [9.0, -17.0],
    [7.8, -17.8], [6.4, -17.6], [5.4, -16.8], [5.2, -15.4], [5.5, -14.0],
    // lesser sciatic notch, ischial spine, then the lower edge of the greater sciatic notch
    [5.7, -13.0], [5.3, -12.2], [4.5, -11.8], [5.0, -11.3], [6.3, -10.9], [7.6, -10.2], [8.6, -9.0], [9.2, -7.6], [9.5, -6.2],
  ],
  mid: hipBoneDepth,
  thickness: hipBoneThickness,
});

/**
 * The iliac crest: the thick rounded upper rim of the ilium, from the posterior superior iliac spine
 * over the top of the wing to the front (the part a therapist feels at the waist).
 */
const iliacCrest = loft({
  path: ([[4.4, -1.0], [4.7, 1.1], [5.7, 3.4], [7.5, 5.3], [10.0, 6.45], [12.5, 6.25], [14.4, 4.5], [15.2, 2.3]] as const).map(
    ([x, y]): Vec3 => [x, y, hipBoneDepth(x, y) + 0.1],
  ),
  profile: [
    { at: 0, w: 0.85, h: 0.8 },
    { at: 0.2, w: 0.7, h: 0.65 },
    { at: 0.6, w: 0.75, h: 0.6 },
    { at: 1, w: 0.7, h: 0.6 },
  ],
  up: [0, 0, 1],
});

/** The posterior superior iliac spine stands out as a knob at the back end of the crest. */
const psisKnob = ellipsoid(LANDMARKS.psis, [0.9, 1.1, 0.8]);

/** The ischial tuberosity: the rough, thick sit bone at the bottom of the ischium. */
const ischialTuberosity = ellipsoid(
  [LANDMARKS.ischialTuberosity[0], LANDMARKS.ischialTuberosity[1] - 0.4, LANDMARKS.ischialTuberosity[2] + 0.5],
  [1.5, 2.0, 1.1],
);

/** The rim of the acetabulum, the socket that holds the femoral head: a horseshoe open below (the acetabular notch). */
const acetabularRim = (() => {
  const centre = LANDMARKS.femoralHead;
  // The socket faces out, forwards and a little down.
  const normal = normalize([0.72, -0.3, -0.62]);
  const a = normalize(sub([0, 1, 0], scale(normal, normal[1])));
  const b = cross(normal, a);
  const path: Vec3[] = [];
  for (let k = 0; k <= 10; k++) {
    const t = (-0.38 + (k / 10) * 1.76) * Math.PI;
    path.push(add(add(centre, scale(normal, 0.6)), add(scale(a, 2.7 * Math.cos(t)), scale(b, 2.7 * Math.sin(t)))));
  }
  return loft({ path, profile: [{ at: 0, w: 0.35, h: 0.35 }, { at: 0.1, w: 0.6, h: 0.6 }, { at: 0.9, w: 0.6, h: 0.6 }, { at: 1, w: 0.35, h: 0.35 }] });
})();

/**
 * The ischial and pubic rami round the obturator foramen, the large opening below the acetabulum
 * (closed in life by a membrane): from the ischial tuberosity forwards along the ischial and inferior
 * pubic rami to the pubic body, and back along the superior pubic ramus to the acetabulum.
 */
const pubicRing = loft({
  path: [
    [7.8, -16.2, 0.2],
    [6.8, -17.3, -2.4],
    [4.9, -16.6, -5.6],
    [2.4, -14.6, -8.0],
    [1.6, -12.6, -8.4],
    [3.6, -11.4, -8.2],
    [6.6, -10.9, -7.2],
    [9.0, -11.6, -5.6],
    [9.4, -13.4, -3.4],
    [8.8, -15.0, -1.2],
  ],
  profile: [
    { at: 0, w: 0.95, h: 0.95 },
    { at: 0.15, w: 0.75, h: 0.6 },
    { at: 0.35, w: 0.65, h: 0.5 },
    { at: 0.5, w: 0.9, h: 0.9 },
    { at: 0.7, w: 0.75, h: 0.7 },
    { at: 0.85, w: 1.0, h: 1.0 },
    { at: 1, w: 1.1, h: 1.1 },
  ],
  up: [0, 0, 1],
});
/** The body of the pubis, meeting its partner at the pubic symphysis in the midline. */
const pubicBody = ellipsoid([1.4, -13.4, -8.5], [0.9, 1.6, 0.9]);

/**
 * The sacrum curves: concave in front (the pelvic surface), convex behind, its base tipped forwards
 * and its apex backwards; its sides sweep forwards to the joints with the ilia. It is a wedge: thick
 * at the base (the alae carry the body of S1), thin at the apex.
 */
export const sacrumDepth = (x: number, y: number) => 0.9 - 0.075 * (y + 5.5) ** 2 + 0.1 * y - 0.07 * x * x;
export const sacrumThickness = (x: number, y: number) => Math.max(0.9, (4.4 + 0.3 * y) * (1 - 0.35 * (x / 5.6) ** 2));

const sacrum = slab({
  centre: [0, -4],
  outline: [
    [-5.4, 0.3], [-3.6, 0.8], [-1.2, 1.0], [1.2, 1.0], [3.6, 0.8], [5.4, 0.3], [5.6, -1.0], [5.0, -3.4], [3.8, -6.3],
    [2.6, -8.6], [1.5, -10.4], [0.8, -11.2], [-0.8, -11.2], [-1.5, -10.4], [-2.6, -8.6], [-3.8, -6.3], [-5.0, -3.4], [-5.6, -1.0],
  ],
  mid: sacrumDepth,
  thickness: sacrumThickness,
});

const sacrumBack = (x: number, y: number) => sacrumDepth(x, y) + sacrumThickness(x, y) / 2;

/** The median sacral crest (fused spinous processes, a row of tubercles) and the posterior sacral foramina either side. */
const sacralCrest = loft({
  path: [-0.4, -2.4, -4.4, -6.4, -8.2].map((y): Vec3 => [0, y, sacrumBack(0, y) - 0.15]),
  profile: [
    { at: 0, w: 0.45, h: 0.55 },
    { at: 0.12, w: 0.3, h: 0.35 },
    { at: 0.25, w: 0.45, h: 0.55 },
    { at: 0.38, w: 0.3, h: 0.35 },
    { at: 0.5, w: 0.42, h: 0.5 },
    { at: 0.63, w: 0.28, h: 0.32 },
    { at: 0.75, w: 0.38, h: 0.42 },
    { at: 1, w: 0.12, h: 0.12 },
  ],
});
/** The lateral sacral crests (fused transverse processes), outside the foramina. */
const lateralCrests = [1, -1].map((side) =>
  loft({
    path: [-0.8, -3.4, -5.8, -8.0].map((y, i): Vec3 => {
      const x = side * (3.1 - i * 0.45);
      return [x, y, sacrumBack(x, y) - 0.2];
    }),
    profile: [
      { at: 0, w: 0.4, h: 0.4 },
      { at: 1, w: 0.2, h: 0.2 },
    ],
  }),
);
/** The superior articular processes, where the sacrum meets L5. */
const sacralFacets = [1, -1].map((side) => ellipsoid([side * 1.7, 0.7, sacrumBack(1.7, 0.7) - 0.4], [0.6, 0.7, 0.55]));
const sacralForamina: Part = {
  kind: 'dots',
  radius: 0.5,
  centres: [-1.5, -3.6, -5.6, -7.4].flatMap((y, i) => {
    const x = 1.85 - i * 0.22;
    return [[x, y, sacrumBack(x, y) + 0.02] as Vec3, [-x, y, sacrumBack(-x, y) + 0.02] as Vec3];
  }),
};

/** Four small fused segments, curving forwards to the tip. */
const coccyx = loft({
  path: [[0, -11.0, -0.4], [0, -12.2, -0.5], [0.1, -13.3, -0.6], LANDMARKS.coccyxTip],
  profile: [
    { at: 0, w: 1.1, h: 0.5 },
    { at: 0.3, w: 0.75, h: 0.4 },
    { at: 0.36, w: 0.9, h: 0.42 },
    { at: 0.65, w: 0.55, h: 0.35 },
    { at: 0.7, w: 0.62, h: 0.36 },
    { at: 1, w: 0.25, h: 0.25 },
  ],
  up: [0, 0, 1],
});

/** A simplified lumbar vertebra: body, the arch with its spinous and transverse processes. */
function vertebra(y: number): Part[] {
  const body = loft({
    path: [[0, y - 1.2, -2.6], [0, y + 1.2, -2.6]],
    profile: [
      { at: 0, w: 2.4, h: 1.6 },
      { at: 0.5, w: 2.2, h: 1.5 },
      { at: 1, w: 2.4, h: 1.6 },
    ],
    up: [0, 0, 1],
  });
  const arch = loft({
    path: [[-1.8, y + 0.2, -1.2], [-1.4, y + 0.1, 0.4], [0, y, 1.1], [1.4, y + 0.1, 0.4], [1.8, y + 0.2, -1.2]],
    profile: even(0.7, 0.9),
  });
  const spinous = loft({
    path: [[0, y, 0.8], [0, y - 0.3, 2.2], [0, y - 0.6, 3.3]],
    profile: [
      { at: 0, w: 0.45, h: 1.0 },
      { at: 1, w: 0.4, h: 0.9 },
    ],
  });
  const transverse = loft({
    path: [[-4.0, y + 0.3, -0.6], [-1.6, y + 0.2, -0.6], [0, y + 0.2, -0.5], [1.6, y + 0.2, -0.6], [4.0, y + 0.3, -0.6]],
    profile: [
      { at: 0, w: 0.35, h: 0.35 },
      { at: 0.15, w: 0.4, h: 0.5 },
      { at: 0.5, w: 0.4, h: 0.5 },
      { at: 0.85, w: 0.4, h: 0.5 },
      { at: 1, w: 0.35, h: 0.35 },
    ],
    up: [0, 1, 0],
  });
  return [body, arch, spinous, transverse];
}

/** Intervertebral discs between L4–L5 and L5–S1. */
export const DISC_PARTS: Part[] = [3.55, 0.45].map((y) =>
  loft({ path: [[0, y - 0.35, -2.6], [0, y + 0.35, -2.6]], profile: even(2.35, 1.55), up: [0, 0, 1] }),
);

const femur: Part[] = [
  ellipsoid(LANDMARKS.femoralHead, [2.3, 2.3, 2.3]),
  // neck, from the head out and down to the trochanters
  loft({
    path: [LANDMARKS.femoralHead, [12.6, -10.4, -3.6], [14.4, -11.4, -2.9]],
    profile: [
      { at: 0, w: 1.6, h: 1.8 },
      { at: 0.5, w: 1.25, h: 1.4 },
      { at: 1, w: 1.7, h: 2.0 },
    ],
  }),
  // greater trochanter: a broad knob on top of the shaft, its top level with the head's centre
  loft({
    path: [LANDMARKS.greaterTrochanter, [15.5, -11.0, -2.2], [14.9, -13.4, -2.6]],
    profile: [
      { at: 0, w: 0.5, h: 0.5 },
      { at: 0.12, w: 1.35, h: 1.5 },
      { at: 0.6, w: 1.7, h: 1.8 },
      { at: 1, w: 1.6, h: 1.6 },
    ],
    up: [0, 0, 1],
  }),
  // lesser trochanter, pointing back and in
  loft({
    path: [[13.2, -14.6, -3.0], [12.6, -15.2, -2.6], LANDMARKS.lesserTrochanter],
    profile: [
      { at: 0, w: 0.9, h: 0.9 },
      { at: 1, w: 0.35, h: 0.35 },
    ],
  }),
  // intertrochanteric crest, where quadratus femoris inserts
  loft({
    path: [[15.3, -10.6, -1.2], [14.4, -12.8, -1.5], [13.2, -14.8, -2.0]],
    profile: [
      { at: 0, w: 0.5, h: 0.5 },
      { at: 0.5, w: 0.55, h: 0.55 },
      { at: 1, w: 0.4, h: 0.4 },
    ],
  }),
  // shaft, bowing slightly forwards, widening to the knee
  loft({
    path: [[14.6, -12.0, -2.8], [14.2, -20, -3.2], [13.3, -33, -3.4], [12.4, -45, -3.0], [12.1, -49.5, -2.6]],
    profile: [
      { at: 0, w: 1.9, h: 1.9 },
      { at: 0.15, w: 1.55, h: 1.55 },
      { at: 0.6, w: 1.35, h: 1.35 },
      { at: 0.9, w: 1.8, h: 1.6 },
      { at: 1, w: 2.6, h: 1.9 },
    ],
    up: [0, 0, 1],
  }),
  // condyles, seen from behind either side of the intercondylar notch
  ellipsoid([10.6, -51.2, -2.0], [1.6, 2.2, 2.6]),
  ellipsoid([13.6, -51.2, -2.0], [1.6, 2.2, 2.6]),
];

export const BONE_PARTS = {
  'lumbar-vertebrae': [...vertebra(5.3), ...vertebra(2.0)],
  sacrum: [sacrum, sacralCrest, ...lateralCrests, ...sacralFacets, sacralForamina, coccyx],
  'hip-bone': [ilium, ischium, iliacCrest, psisKnob, ischialTuberosity, acetabularRim, pubicRing, pubicBody],
  femur,
} satisfies Record<string, Part[]>;
