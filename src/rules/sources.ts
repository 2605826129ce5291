import type { LessonLink } from './lessons.ts';

/**
 * Where sciatic-type symptoms may come from. The order is the tie-break order when two sources
 * score the same: possible serious pathology first, because it outranks any guess at a
 * musculoskeletal source, then the nerve root, the most common source and the one whose signs most
 * need referral.
 */
interface SourceSpec {
  readonly id: string;
  readonly label: string;
  readonly explanation: string;
  readonly lesson: LessonLink;
  /** The in-scope approach for this source, as one advice step. */
  readonly approach: string;
}

const SOURCE_DATA = [
  {
    id: 'serious-pathology',
    label: 'Possible serious pathology',
    explanation:
      'Whole-body warning signs (fever, feeling unwell, weight loss, a history of cancer, a significant injury or a pulsating mass) can mean an infection, a cancer, a fracture or a vascular cause, which only a doctor can assess.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    approach:
      'Possible serious pathology: no musculoskeletal source is worth guessing at until a doctor has assessed these signs, so arrange the assessment and do not treat meanwhile.',
  },
  {
    id: 'nerve-root',
    label: 'Lumbar nerve root',
    explanation: 'A root is pressed or chemically irritated where it leaves the spine, most often by a disc at L4/L5 or L5/S1.',
    lesson: '/lessons/nerve-root-problems/#disc-herniation',
    approach:
      'Points to a nerve root: work the low back and gluteals with broad, gentle strokes, and use no pressure that brings on nerve symptoms; massage eases the tissues around the root, not the root itself.',
  },
  {
    id: 'stenosis',
    label: 'Spinal stenosis',
    explanation:
      'A canal or root opening narrowed over the years (by disc, joint and ligament changes) squeezes the roots when the spine straightens, typically in older clients and often in both legs.',
    lesson: '/lessons/nerve-root-problems/#stenosis-bone-spurs-and-tumours',
    approach:
      'Consistent with spinal stenosis: work in positions the client finds easy (side-lying or supported sitting, often with the spine slightly bent forward), avoid long prone lying with the back arched, and keep low-back pressure broad.',
  },
  {
    id: 'piriformis',
    label: 'Piriformis region',
    explanation: 'The nerve is irritated deep in the buttock, where it passes beside or through the piriformis muscle.',
    lesson: '/lessons/piriformis-syndrome/#recognising-a-piriformis-pattern',
    approach:
      'Consistent with a piriformis pattern: soften the gluteals with broad strokes first, then work the piriformis with gentle sustained pressure, and stop direct pressure at once if it reproduces the symptoms.',
  },
  {
    id: 'trigger-point-referral',
    label: 'Trigger-point referral',
    explanation: 'Trigger points in gluteus minimus and nearby muscles refer pain down the leg without any nerve being involved.',
    lesson: '/lessons/other-causes-and-mimics/#gluteus-minimus-trigger-points',
    approach:
      'Consistent with trigger-point referral: treat the hip abductor trigger points with gentle, progressive pressure after broad warming strokes, and re-check whether the leg pain changes.',
  },
  {
    id: 'neural-tension',
    label: 'Neural tension',
    explanation: 'Scar tissue, often from an old hamstring strain, tethers the nerve so it is pulled instead of gliding as the leg moves.',
    lesson: '/lessons/other-causes-and-mimics/#neural-tension-after-hamstring-strain',
    approach:
      'Consistent with neural tension: ease the posterior thigh tissues around the old strain gently, and avoid stretches or pressure that bring on nerve symptoms.',
  },
  {
    id: 'ligament-inflammation',
    label: 'Ligament inflammation',
    explanation: 'Inflammation from a sprained iliolumbar ligament has been proposed to irritate the lumbar nerve roots beside it; little research has tested this.',
    lesson: '/lessons/other-causes-and-mimics/#iliolumbar-ligament-sprain',
    approach:
      'Consistent with iliolumbar ligament inflammation: keep pressure near the sprained ligament light while it is inflamed, and work the surrounding low-back muscles broadly.',
  },
  {
    id: 'spinal-instability',
    label: 'Spinal instability',
    explanation: 'Spondylolisthesis, scoliosis or instability lets vertebrae move so that a root is pinched on and off with movement.',
    lesson: '/lessons/other-causes-and-mimics/#scoliosis-and-instability',
    approach:
      'Consistent with spinal instability: keep low-back pressure moderate and broad, since pressure there can shift the vertebrae slightly, and aim to settle the stabilising muscles.',
  },
] as const satisfies readonly SourceSpec[];

export type SourceId = (typeof SOURCE_DATA)[number]['id'];

export interface Source extends SourceSpec {
  readonly id: SourceId;
}

export const SOURCES: readonly Source[] = SOURCE_DATA;
export const SOURCE_IDS: readonly SourceId[] = SOURCES.map((s) => s.id);

export function getSource(id: SourceId): Source {
  const source = SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`unknown source id ${JSON.stringify(id)}`);
  return source;
}
