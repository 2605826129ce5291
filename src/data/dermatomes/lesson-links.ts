/** Lesson sections the dermatome pieces link to, typed by the rules' list of lesson sections. */
import type { LabelledLessonLink } from '../../rules/index.ts';

export const LESSON_LINKS = {
  dermatomes: { href: '/lessons/nerve-root-problems/#dermatomes', label: 'Dermatomes' },
  neurologicalSigns: { href: '/lessons/nerve-root-problems/#neurological-signs', label: 'Neurological signs' },
  discHerniation: { href: '/lessons/nerve-root-problems/#disc-herniation', label: 'Disc herniation' },
  sciaticRoots: { href: '/lessons/sciatic-nerve-anatomy/#size-and-roots', label: 'The sciatic nerve’s roots' },
  sciaticDivisions: { href: '/lessons/sciatic-nerve-anatomy/#the-two-divisions', label: 'The two divisions' },
  caudaEquina: { href: '/lessons/red-flags-and-referral/#cauda-equina-syndrome', label: 'Cauda equina syndrome' },
  gluteusMinimus: { href: '/lessons/other-causes-and-mimics/#gluteus-minimus-trigger-points', label: 'Gluteus minimus trigger points' },
  triggerPointOrRoot: {
    href: '/lessons/other-causes-and-mimics/#telling-trigger-points-from-radiculopathy',
    label: 'Telling trigger points from radiculopathy',
  },
} as const satisfies Record<string, LabelledLessonLink>;
