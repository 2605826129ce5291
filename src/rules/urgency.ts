import type { LessonLink } from './lessons.ts';

/**
 * What the therapist must do next, most urgent first. The four values are a public contract (the
 * CLI's JSON, the fixtures, stored quiz answers), and an urgency's index here is its rank. The
 * three medical speeds follow NICE CKS sciatica and the IFOMPT 2020 framework: immediate (possible
 * cauda equina or cord compression), urgent (same day to a few days: acute motor loss, suspected
 * infection or cancer) and routine.
 */
export const URGENCY_LEVELS = ['emergency', 'urgent', 'refer', 'in-scope'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];
/** The levels a finding can raise a case to: every urgency but "within scope". */
export type SignLevel = Exclude<Urgency, 'in-scope'>;

export interface UrgencyInfo {
  /** Short name for banners, buttons and quiz options. */
  readonly label: string;
  /** How soon, in words a therapist can act on. */
  readonly timescale: string;
  readonly explanation: string;
  /** The one thing to do, as the checker, the card, the quiz and the lesson all say it. */
  readonly action: string;
  /** The one answer to "may I keep treating?" at this level. */
  readonly treating: string;
  readonly lesson: LessonLink;
}

const LEVELS_LESSON: LessonLink = '/lessons/red-flags-and-referral/#urgency-levels';

export const URGENCY: Readonly<Record<Urgency, UrgencyInfo>> = {
  emergency: {
    label: 'Emergency',
    timescale: 'Now',
    explanation:
      'Signs that can mean the nerve roots at the base of the spine (cauda equina) or the spinal cord are under pressure, or a vascular emergency: waiting risks permanent harm.',
    action: 'Stop the session and send the client to emergency care now: an emergency department, or call emergency services.',
    treating: 'No. Stop now, and do not treat again until a doctor has assessed the client.',
    lesson: LEVELS_LESSON,
  },
  urgent: {
    label: 'Urgent',
    timescale: 'Same day, and within 48 hours at most',
    explanation:
      'Signs that need a medical assessment soon, because they can come from a nerve losing function, an infection, a fracture or a cancer, which massage cannot address.',
    action: "Arrange a medical assessment the same day: help the client contact their doctor, an urgent care service or out-of-hours care before they leave.",
    treating: 'No massage until a doctor has assessed the client.',
    lesson: LEVELS_LESSON,
  },
  refer: {
    label: 'Refer',
    timescale: 'Routine: within days to weeks',
    explanation: "Signs that need a physician's assessment, though not urgently, before massage can be relied on to help.",
    action: "Refer the client in writing for a physician's assessment, naming what you found and why you are referring.",
    treating:
      'Gentle, general work may continue meanwhile if it brings on no nerve symptoms; no deep or specific work on the painful area until the client has been assessed.',
    lesson: LEVELS_LESSON,
  },
  'in-scope': {
    label: 'Within massage scope',
    timescale: 'Re-check at every session',
    explanation: 'No red flag recorded: massage may help, with precautions and a check on progress.',
    action: 'Treat within massage scope with the precautions below, and measure progress at every session.',
    treating: 'Yes, within your scope, with the precautions listed; stop and re-assess if a new sign appears.',
    lesson: LEVELS_LESSON,
  },
};

/** Higher means more urgent, so `urgencyRank(a) > urgencyRank(b)` reads as "a is more urgent". */
export function urgencyRank(urgency: Urgency): number {
  return URGENCY_LEVELS.length - 1 - URGENCY_LEVELS.indexOf(urgency);
}

/** The more urgent of two levels. */
export function moreUrgent(a: Urgency, b: Urgency): Urgency {
  return urgencyRank(a) >= urgencyRank(b) ? a : b;
}
