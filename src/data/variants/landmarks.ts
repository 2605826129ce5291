/**
 * Named points of the right gluteal region, in centimetres, placed from the surface-anatomy
 * landmarks in Standring 2020 (content/references/standring-2020.yaml). Proportions matter more than millimetres: sizes
 * vary between people.
 *
 * Axes: +x lateral (towards the patient's right), +y up, +z posterior (towards a viewer standing
 * behind the patient). Origin: the midline at the top of the sacrum.
 */
import type { Vec3 } from './vec.ts';

export const LANDMARKS = {
  /** Posterior superior iliac spine: the "dimple" at the back of the pelvis. */
  psis: [4.3, -1.2, 2.6],
  /** Posterior inferior iliac spine, the upper end of the greater sciatic notch. */
  piis: [5.5, -2.9, 1.3],
  /** The deepest, most lateral point of the greater sciatic notch. */
  notchApex: [9.5, -5.8, 0.1],
  ischialSpine: [4.8, -11.7, -0.4],
  ischialTuberosity: [7.4, -16.4, 1.0],
  /** The tip of the coccyx. */
  coccyxTip: [0.2, -14.2, -0.6],
  /** Centre of the femoral head, deep in the acetabulum. */
  femoralHead: [10.6, -9.6, -4.2],
  /** Top of the greater trochanter. */
  greaterTrochanter: [15.8, -9.6, -1.8],
  lesserTrochanter: [12.6, -15.2, -2.4],
  /** Where the piriformis tendon inserts, on the upper border of the greater trochanter. */
  piriformisInsertion: [14.7, -9.1, -1.2],
  /** Intervertebral foramina where the L4 and L5 roots leave the spine (the roots of L4 and L5 exit below their vertebra). */
  foramenL4: [2.6, 3.6, -1.6],
  foramenL5: [2.7, 0.6, -1.8],
  /** Anterior sacral foramina where S1 to S3 roots emerge on the front of the sacrum. */
  foramenS1: [1.8, -1.6, -1.6],
  foramenS2: [1.8, -3.8, -1.3],
  foramenS3: [1.6, -5.9, -1.0],
  /** The lower border of gluteus maximus crosses the back of the thigh about here. */
  gluteusMaximusLowerBorder: [12.0, -24.0, 2.0],
  /** Apex of the popliteal fossa, where the nerve usually splits. */
  poplitealApex: [11.6, -43.0, 1.8],
} as const satisfies Record<string, Vec3>;
