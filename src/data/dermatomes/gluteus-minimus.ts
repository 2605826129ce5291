/**
 * Gluteus minimus trigger-point referral (travell-simons-1992 in content/references/), for the
 * map's compare mode: where each part of the muscle refers pain and the signs that tell referral
 * from a root problem. The zones' shapes are in geometry/referral.ts.
 */
import type { RootId } from './types.ts';
import type { FibreGroup } from './geometry/referral.ts';

export interface ReferralPattern {
  fibres: FibreGroup;
  /** Display name. */
  name: string;
  /** Where the pain is felt, in plain words. */
  area: string;
  /** Every dermatome on this course's map that the zone overlaps, most overlapped first. */
  overlaps: readonly RootId[];
}

export const REFERRAL_PATTERNS: readonly ReferralPattern[] = [
  {
    fibres: 'anterior',
    name: 'Anterior fibres',
    area: 'The lower outer buttock, the outer thigh, the knee and the outer side of the lower leg down to the ankle.',
    overlaps: ['L5'],
  },
  {
    fibres: 'posterior',
    name: 'Posterior fibres',
    area: 'The lower inner buttock, the back of the thigh and the calf.',
    // The map draws the back of the thigh and calf as S2 and the outer back of the lower leg as S1.
    overlaps: ['S2', 'S1'],
  },
];

/** How trigger-point referral and a root problem usually differ, sign by sign. */
export const REFERRAL_VS_ROOT: readonly { sign: string; referral: string; root: string }[] = [
  { sign: 'Numbness in the skin zone', referral: 'No: the skin feels normal to touch.', root: 'Can be present, most clearly at the key sensory point.' },
  { sign: 'Weakness of the key muscle', referral: 'No true weakness (pain may make effort hesitant).', root: 'Can be present (L5: big toe lift; S1: rising onto the toes).' },
  { sign: 'Reflex change', referral: 'None.', root: 'Can be present (S1: ankle jerk).' },
  { sign: 'How far down', referral: 'Rarely past the ankle.', root: 'Often into the foot (L5: top of the foot and big toe; S1: heel, sole, outer edge).' },
  { sign: 'Pressure on the hip abductors', referral: 'Reproduces the familiar pain.', root: 'Usually does not reproduce it (both can be present at once).' },
];
