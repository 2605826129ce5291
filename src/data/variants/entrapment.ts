/**
 * The numbered places along the nerve's course where it or its roots can be pressed or pulled,
 * numbered as in the entrapment-sites lesson, each with a marker position in the scene.
 */
import { LANDMARKS } from './landmarks.ts';
import type { Vec3 } from './vec.ts';

export interface EntrapmentSite {
  number: number;
  id: string;
  title: string;
  /** Two or three short sentences, in plain words. */
  explanation: string;
  lesson: { href: string; label: string };
  /** Where the numbered marker sits in the scene. */
  position: Vec3;
}

const LESSON = '/lessons/entrapment-sites/';

export const ENTRAPMENT_SITES = [
  {
    number: 1,
    id: 'intervertebral-foramen',
    title: 'Intervertebral foramen',
    explanation:
      'Each root leaves the spine through a small bony opening between two vertebrae. A bulging disc, a bone spur or a narrowed canal here presses on one root, so the symptoms follow that root’s pattern rather than the whole nerve.',
    lesson: { href: `${LESSON}#intervertebral-foramina`, label: 'Intervertebral foramina' },
    position: [LANDMARKS.foramenL5[0] + 0.6, LANDMARKS.foramenL5[1], LANDMARKS.foramenL5[2] + 0.4],
  },
  {
    number: 2,
    id: 'greater-sciatic-foramen',
    title: 'Greater sciatic foramen',
    explanation:
      'The nerve leaves the pelvis through an opening framed by bone and ligament: the greater sciatic notch above, the sacrospinous ligament below, the sacrotuberous ligament behind. The piriformis shares the opening with the nerve; a frame this firm, with the muscle in it, is a plausible place for pressure, though that has not been shown directly.',
    lesson: { href: `${LESSON}#greater-sciatic-foramen`, label: 'Greater sciatic foramen' },
    position: [6.4, -5.2, -2.4],
  },
  {
    number: 3,
    id: 'piriformis',
    title: 'Against the piriformis',
    explanation:
      'Usually the whole nerve runs directly against the lower border of the piriformis; in the variants one or both divisions pass through or above it. Variants alone do not explain symptoms: they are about as common in people operated on for piriformis syndrome as in everyone else (Smoll 2010).',
    lesson: { href: `${LESSON}#against-the-piriformis`, label: 'Against the piriformis' },
    position: [11.8, -10.3, 2.9],
  },
  {
    number: 4,
    id: 'piriformis-sacrospinous',
    title: 'Between piriformis and sacrospinous ligament',
    explanation:
      'In most people the nerve leaves the pelvis through the narrow gap below the piriformis and above the sacrospinous ligament, where it reaches the ischial spine. Pressure here is a plausible mechanism rather than an established one.',
    lesson: { href: `${LESSON}#between-piriformis-and-sacrospinous-ligament`, label: 'Between piriformis and sacrospinous ligament' },
    position: [5.6, -10.8, 0.4],
  },
  {
    number: 5,
    id: 'hamstring-region',
    title: 'Hamstring region',
    explanation:
      'In the back of the thigh the nerve runs among the hamstrings. After a hamstring strain, scar tissue can tether it, so a stretch pulls on the nerve (neural tension) rather than pressing on it.',
    lesson: { href: `${LESSON}#hamstring-region-and-neural-tension`, label: 'Hamstring region and neural tension' },
    position: [12.6, -30.0, 3.2],
  },
] as const satisfies readonly EntrapmentSite[];

export type SiteId = (typeof ENTRAPMENT_SITES)[number]['id'];

export function isSiteId(value: string): value is SiteId {
  return ENTRAPMENT_SITES.some((s) => s.id === value);
}
