/**
 * The numbered places along the nerve's course where it or its roots can be pressed or pulled,
 * numbered as in the entrapment-sites lesson, each with a marker position in the scene.
 */
import type { LabelledLessonLink } from '../../rules/index.ts';
import { LANDMARKS } from './landmarks.ts';
import { piriformisSections } from './piriformis.ts';
import { add, scale, type Vec3 } from './vec.ts';

export interface EntrapmentSite {
  number: number;
  id: string;
  title: string;
  /** Two or three short sentences, in plain words. */
  explanation: string;
  lesson: LabelledLessonLink;
  /** Where the numbered marker sits in the scene. */
  position: Vec3;
}

const LESSON = '/lessons/entrapment-sites/';

/**
 * A point on the back surface of the piriformis, `at` of the way from origin to insertion. Markers
 * sit beside what they explain, never on a point where the nerve emerges (tests/unit/variants).
 */
function onPiriformis(at: number): Vec3 {
  const s = piriformisSections().reduce((best, x) => (Math.abs(x.at - at) < Math.abs(best.at - at) ? x : best));
  return add(s.centre, scale(s.back, s.halfThickness + 0.2));
}

export const ENTRAPMENT_SITES = [
  {
    number: 1,
    id: 'intervertebral-foramen',
    title: 'Intervertebral foramen',
    explanation:
      'Each root leaves the spine through a small bony opening between two vertebrae. A bulging disc, a bone spur or a narrowed canal here presses on one root, so the symptoms follow that root’s pattern rather than the whole nerve.',
    lesson: { href: `${LESSON}#intervertebral-foramina`, label: 'Intervertebral foramina' },
    position: [LANDMARKS.foramenL5[0] + 1.6, LANDMARKS.foramenL5[1] + 0.5, LANDMARKS.foramenL5[2] + 0.6],
  },
  {
    number: 2,
    id: 'greater-sciatic-foramen',
    title: 'Greater sciatic foramen',
    explanation:
      'The nerve leaves the pelvis through an opening framed by bone and ligament: the greater sciatic notch above, the sacrospinous ligament below, the sacrotuberous ligament behind. The piriformis shares the opening with the nerve; a frame this firm, with the muscle in it, is a plausible place for pressure, though that has not been shown directly.',
    lesson: { href: `${LESSON}#greater-sciatic-foramen`, label: 'Greater sciatic foramen' },
    position: [5.0, -3.3, 2.4],
  },
  {
    number: 3,
    id: 'piriformis',
    title: 'Against the piriformis',
    explanation:
      'Usually the whole nerve runs directly against the lower border of the piriformis; in the variants one or both divisions pass through or above it. Variants alone do not explain symptoms: they are about as common in people operated on for piriformis syndrome as in everyone else (Smoll 2010).',
    lesson: { href: `${LESSON}#against-the-piriformis`, label: 'Against the piriformis' },
    position: onPiriformis(0.74),
  },
  {
    number: 4,
    id: 'piriformis-sacrospinous',
    title: 'Between piriformis and sacrospinous ligament',
    explanation:
      'In most people the nerve leaves the pelvis through the narrow gap below the piriformis and above the sacrospinous ligament, where it reaches the ischial spine. Pressure here is a plausible mechanism rather than an established one.',
    lesson: { href: `${LESSON}#between-piriformis-and-sacrospinous-ligament`, label: 'Between piriformis and sacrospinous ligament' },
    position: [4.2, -12.4, 1.4],
  },
  {
    number: 5,
    id: 'hamstring-region',
    title: 'Hamstring region',
    explanation:
      'In the back of the thigh the nerve runs among the hamstrings. After a hamstring strain, scar tissue can tether it, so a stretch pulls on the nerve (neural tension) rather than pressing on it.',
    lesson: { href: `${LESSON}#hamstring-region-and-neural-tension`, label: 'Hamstring region and neural tension' },
    position: [14.8, -30.0, 3.6],
  },
] as const satisfies readonly EntrapmentSite[];

export type SiteId = (typeof ENTRAPMENT_SITES)[number]['id'];

export function isSiteId(value: string): value is SiteId {
  return ENTRAPMENT_SITES.some((s) => s.id === value);
}
