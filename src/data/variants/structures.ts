/**
 * What a learner can select in the viewer: each structure's name, a two-line description and the
 * lesson section that teaches it, grouped into the layers the layers panel shows, hides or ghosts.
 */
import type { LabelledLessonLink } from '../../rules/index.ts';

export const LAYERS = [
  { id: 'bones', label: 'Bones', initial: 'shown' },
  { id: 'ligaments', label: 'Ligaments', initial: 'shown' },
  { id: 'piriformis', label: 'Piriformis', initial: 'shown' },
  { id: 'rotators', label: 'Short rotators', initial: 'shown' },
  { id: 'gmax', label: 'Gluteus maximus', initial: 'hidden' },
  { id: 'gmedmin', label: 'Gluteus medius and minimus', initial: 'hidden' },
  { id: 'hamstrings', label: 'Hamstrings', initial: 'ghost' },
  { id: 'nerve', label: 'Nerve and roots', initial: 'shown' },
  { id: 'sites', label: 'Entrapment sites', initial: 'shown' },
] as const satisfies readonly { id: string; label: string; initial: LayerState }[];

export const LAYER_STATES = ['shown', 'ghost', 'hidden'] as const;
/** Shown as normal, ghosted (faint and see-through, not clickable), or hidden. */
export type LayerState = (typeof LAYER_STATES)[number];
export type LayerId = (typeof LAYERS)[number]['id'];
export type Layers = Record<LayerId, LayerState>;

export const LAYER_STATE_LABEL: Record<LayerState, string> = { shown: 'Shown', ghost: 'Ghosted', hidden: 'Hidden' };

export function defaultLayers(): Layers {
  return Object.fromEntries(LAYERS.map((l) => [l.id, l.initial])) as Layers;
}

export interface Structure {
  id: string;
  name: string;
  layer: Exclude<LayerId, 'sites'>;
  /** Two short sentences: what it is, and why it matters for the nerve. */
  description: readonly [string, string];
  /** A lesson section from docs/anchors.md. */
  lesson: LabelledLessonLink;
}

const ANATOMY = '/lessons/sciatic-nerve-anatomy/';
const ENTRAPMENT = '/lessons/entrapment-sites/';

export const STRUCTURES = [
  {
    id: 'lumbar-vertebrae',
    name: 'L4 and L5 vertebrae',
    layer: 'bones',
    description: [
      'The two lowest lumbar vertebrae, each with a disc below its body.',
      'The L4 and L5 roots leave the spine through the gaps between neighbouring vertebrae, the intervertebral foramina.',
    ],
    lesson: { href: `${ENTRAPMENT}#intervertebral-foramina`, label: 'Intervertebral foramina' },
  },
  {
    id: 'sacrum',
    name: 'Sacrum and coccyx',
    layer: 'bones',
    description: [
      'Five fused vertebrae and the small tailbone below them, seen from behind with their row of openings.',
      'The piriformis arises from the front of the sacrum, between the openings the S2 to S4 roots come through.',
    ],
    lesson: { href: `${ANATOMY}#leaving-the-pelvis`, label: 'Leaving the pelvis' },
  },
  {
    id: 'hip-bone',
    name: 'Hip bone',
    layer: 'bones',
    description: [
      'The ilium above and the ischium below, with the deep greater sciatic notch, the ischial spine and the ischial tuberosity (the sit bone).',
      'The notch is the bony upper edge of the opening through which the nerve leaves the pelvis.',
    ],
    lesson: { href: `${ENTRAPMENT}#greater-sciatic-foramen`, label: 'Greater sciatic foramen' },
  },
  {
    id: 'femur',
    name: 'Femur',
    layer: 'bones',
    description: [
      'The thigh bone: head, neck, the greater trochanter on the outside and the lesser trochanter behind.',
      'In the buttock the nerve runs between the greater trochanter and the ischial tuberosity, nearer the tuberosity.',
    ],
    lesson: { href: `${ANATOMY}#the-gluteal-course`, label: 'The gluteal course' },
  },
  {
    id: 'sacrotuberous',
    name: 'Sacrotuberous ligament',
    layer: 'ligaments',
    description: [
      'A strong band from the back of the pelvis, the sacrum and the coccyx to the ischial tuberosity.',
      'It closes the greater sciatic foramen from behind.',
    ],
    lesson: { href: `${ENTRAPMENT}#greater-sciatic-foramen`, label: 'Greater sciatic foramen' },
  },
  {
    id: 'sacrospinous',
    name: 'Sacrospinous ligament',
    layer: 'ligaments',
    description: [
      'A fan from the side of the lower sacrum and coccyx to the ischial spine, in front of the sacrotuberous ligament.',
      'Its upper edge is the floor of the gap where the nerve usually leaves the pelvis.',
    ],
    lesson: { href: `${ENTRAPMENT}#between-piriformis-and-sacrospinous-ligament`, label: 'Between piriformis and sacrospinous ligament' },
  },
  {
    id: 'piriformis',
    name: 'Piriformis',
    layer: 'piriformis',
    description: [
      'From the front of the sacrum, out through the greater sciatic foramen, to a tendon on the top of the greater trochanter.',
      'In most people the nerve leaves the pelvis just below it; in the variants a division passes through it or above it.',
    ],
    lesson: { href: `${ENTRAPMENT}#against-the-piriformis`, label: 'Against the piriformis' },
  },
  {
    id: 'superior-gemellus',
    name: 'Superior gemellus',
    layer: 'rotators',
    description: [
      'A small muscle from the ischial spine to the greater trochanter, just below the piriformis.',
      'The first of the short rotators the nerve lies on as it runs down the buttock.',
    ],
    lesson: { href: `${ANATOMY}#the-gluteal-course`, label: 'The gluteal course' },
  },
  {
    id: 'obturator-internus',
    name: 'Obturator internus',
    layer: 'rotators',
    description: [
      'Arises inside the pelvis, turns round the lesser sciatic notch and runs to the greater trochanter between the two gemelli.',
      'The nerve crosses the back of its tendon.',
    ],
    lesson: { href: `${ANATOMY}#the-gluteal-course`, label: 'The gluteal course' },
  },
  {
    id: 'inferior-gemellus',
    name: 'Inferior gemellus',
    layer: 'rotators',
    description: [
      'From the top of the ischial tuberosity to the greater trochanter, just below the obturator internus tendon.',
      'Another layer of the bed the nerve lies on.',
    ],
    lesson: { href: `${ANATOMY}#the-gluteal-course`, label: 'The gluteal course' },
  },
  {
    id: 'quadratus-femoris',
    name: 'Quadratus femoris',
    layer: 'rotators',
    description: [
      'A flat, four-sided muscle from the ischial tuberosity to the back of the femur.',
      'The lowest muscle the nerve lies on in the buttock before it enters the thigh.',
    ],
    lesson: { href: `${ANATOMY}#the-gluteal-course`, label: 'The gluteal course' },
  },
  {
    id: 'gluteus-maximus',
    name: 'Gluteus maximus',
    layer: 'gmax',
    description: [
      'The large, thick muscle covering the whole region, from the back of the pelvis down and out to the thigh.',
      'The nerve runs deep to it: in the buttock it lies several centimetres down, under this thick muscle and the gluteal fat. Only just below the lower border, near the gluteal fold, is it close to the surface.',
    ],
    lesson: { href: `${ANATOMY}#the-gluteal-course`, label: 'The gluteal course' },
  },
  {
    id: 'gluteus-medius',
    name: 'Gluteus medius',
    layer: 'gmedmin',
    description: [
      'On the outer surface of the ilium above the piriformis, converging on the greater trochanter.',
      'A hip abductor; its lower edge borders the upper edge of the piriformis.',
    ],
    lesson: { href: '/lessons/treatment-approaches/#gluteal-muscles', label: 'Gluteal muscles' },
  },
  {
    id: 'gluteus-minimus',
    name: 'Gluteus minimus',
    layer: 'gmedmin',
    description: [
      'The deepest gluteal muscle, under gluteus medius, also ending on the greater trochanter.',
      'Its trigger points can send pain down the leg that looks like sciatica.',
    ],
    lesson: { href: '/lessons/other-causes-and-mimics/#gluteus-minimus-trigger-points', label: 'Gluteus minimus trigger points' },
  },
  {
    id: 'hamstrings',
    name: 'Hamstrings',
    layer: 'hamstrings',
    description: [
      'Biceps femoris (long head), semitendinosus and semimembranosus, from the ischial tuberosity down the back of the thigh.',
      'The nerve supplies them; the long head of biceps crosses it obliquely.',
    ],
    lesson: { href: `${ANATOMY}#the-posterior-thigh`, label: 'The posterior thigh' },
  },
  {
    id: 'nerve-roots',
    name: 'Roots L4 to S3',
    layer: 'nerve',
    description: [
      'The nerve roots from L4 to S3, each leaving the spine or sacrum through its own opening.',
      'They join in front of the piriformis to form the sciatic nerve.',
    ],
    lesson: { href: `${ANATOMY}#size-and-roots`, label: 'Size and roots' },
  },
  {
    id: 'sciatic-nerve',
    name: 'Sciatic nerve (undivided)',
    layer: 'nerve',
    description: [
      'In types A, D and F the two divisions leave the pelvis in one sheath, as one thick trunk, and part lower down, usually near the top of the popliteal fossa.',
      'In types B, C and E they are already separate where they pass the piriformis, so the view shows two cords there.',
    ],
    lesson: { href: `${ANATOMY}#the-two-divisions`, label: 'The two divisions' },
  },
  {
    id: 'tibial-division',
    name: 'Tibial division',
    layer: 'nerve',
    description: [
      'The inner (medial) half of the nerve, drawn solid, from the front parts of the roots L4 to S3.',
      'It continues straight down the back of the knee as the tibial nerve.',
    ],
    lesson: { href: `${ANATOMY}#the-two-divisions`, label: 'The two divisions' },
  },
  {
    id: 'common-fibular-division',
    name: 'Common fibular division',
    layer: 'nerve',
    description: [
      'The outer (lateral) half of the nerve, drawn teal with two dark stripes along it, from the back parts of the roots L4 to S2.',
      'In types B, C and E it is this division that leaves the pelvis through or above the piriformis.',
    ],
    lesson: { href: `${ANATOMY}#the-two-divisions`, label: 'The two divisions' },
  },
] as const satisfies readonly Structure[];

export type StructureId = (typeof STRUCTURES)[number]['id'];

export function isStructureId(value: string): value is StructureId {
  return STRUCTURES.some((s) => s.id === value);
}

export function structure(id: StructureId): Structure {
  return STRUCTURES.find((s) => s.id === id)!;
}
