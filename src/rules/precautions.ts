import type { FindingId } from './findings.ts';
import type { LessonLink } from './lessons.ts';

interface PrecautionSpec {
  readonly id: string;
  /** Any of these in a case fires the precaution; the ones present become its `because`. */
  readonly findings: readonly FindingId[];
  readonly lesson: LessonLink;
  /** The sentence, given the labels of the findings that fired it, joined into a lower-case list. */
  readonly message: (labels: string) => string;
}

/**
 * Treatment precautions: how to keep hands-on work from aggravating the likely source. Most come
 * from the clinical column's treatment section; none changes the urgency, and none is given when
 * the case needs a same-day or emergency assessment (there is no massage then).
 */
const PRECAUTION_DATA = [
  {
    id: 'precaution-stop-reproducing-technique',
    findings: ['symptoms-reproduced-by-treatment-pressure'],
    lesson: '/lessons/treatment-approaches/#precautions',
    message: () =>
      'Your pressure brought on nerve symptoms: stop or change that technique now, because work that increases nerve symptoms can make the condition worse.',
  },
  {
    id: 'precaution-gentle-with-nerve-symptoms',
    findings: ['radiating-leg-pain', 'leg-tingling-or-numbness'],
    lesson: '/lessons/treatment-approaches/#principles',
    message: (labels) =>
      `Nerve-type symptoms (${labels}): deep or aggressive work that increases them does harm, so start broad and gentle and check in often about pressure.`,
  },
  {
    id: 'precaution-lumbar-pressure',
    findings: [
      'muscle-weakness',
      'sensory-change',
      'reflex-change',
      'persistent-numbness',
      'dermatomal-pattern',
      'slr-positive',
      'worse-with-sitting-bending-coughing',
      'known-disc-herniation',
      'iliolumbar-sprain',
    ],
    lesson: '/lessons/treatment-approaches/#quadratus-lumborum-and-paraspinals',
    message: (labels) =>
      `Signs that point to an irritated lumbar nerve root (${labels}): keep low-back pressure broad and moderate, and check in often that it brings on no nerve symptoms.`,
  },
  {
    id: 'precaution-no-heat-over-numb-skin',
    findings: ['leg-tingling-or-numbness', 'persistent-numbness', 'sensory-change', 'iliolumbar-sprain'],
    lesson: '/lessons/treatment-approaches/#precautions',
    message: (labels) =>
      `Reduced feeling or fresh inflammation (${labels}): no heat packs or hot stones over numb or tingling skin, where the client cannot feel a burn coming, nor over acutely inflamed tissue.`,
  },
  {
    id: 'precaution-stenosis-positioning',
    findings: ['eased-by-sitting-or-bending-forward', 'stable-bilateral-leg-symptoms'],
    lesson: '/lessons/nerve-root-problems/#stenosis-bone-spurs-and-tumours',
    message: (labels) =>
      `A narrowed-canal picture (${labels}): lying prone with the low back arched can bring the leg symptoms on, so offer side-lying or a pillow under the abdomen, and keep sessions in positions the client tolerates.`,
  },
  {
    id: 'precaution-unstable-spine',
    findings: ['known-spondylolisthesis', 'scoliosis-or-instability'],
    lesson: '/lessons/treatment-approaches/#quadratus-lumborum-and-paraspinals',
    message: (labels) =>
      `A less stable lower spine (${labels}): pressure on the low back can shift the vertebrae slightly and pinch a root, so keep it moderate and stop if nerve symptoms appear.`,
  },
  {
    id: 'precaution-piriformis-pressure',
    findings: ['deep-buttock-pain', 'prolonged-sitting', 'buttock-trauma'],
    lesson: '/lessons/treatment-approaches/#gluteal-muscles',
    message: (labels) =>
      `Signs of a piriformis pattern (${labels}): direct pressure on a muscle that is squeezing the nerve can aggravate it, so stop pressing there if it brings on the leg symptoms.`,
  },
  {
    id: 'precaution-neural-tension',
    findings: ['prior-hamstring-strain'],
    lesson: '/lessons/other-causes-and-mimics/#neural-tension-after-hamstring-strain',
    message: () =>
      'An earlier hamstring strain can leave scar tissue tethering the nerve: avoid strong stretches and deep pressure in the back of the thigh that bring on nerve symptoms.',
  },
] as const satisfies readonly PrecautionSpec[];

export type PrecautionId = (typeof PRECAUTION_DATA)[number]['id'];

export interface Precaution extends PrecautionSpec {
  readonly id: PrecautionId;
}

export const PRECAUTIONS: readonly Precaution[] = PRECAUTION_DATA;
