import type { LessonLink } from './lessons.ts';

/** What the therapist must do next, from most to least urgent. */
export type Urgency = 'emergency' | 'refer' | 'in-scope';

export interface UrgencyInfo {
  readonly label: string;
  readonly explanation: string;
  /** The one thing to do, as a card or a result banner says it. */
  readonly action: string;
  readonly lesson: LessonLink;
}

export const URGENCY: Readonly<Record<Urgency, UrgencyInfo>> = {
  emergency: {
    label: 'Emergency',
    explanation: 'Signs that nerve roots at the base of the spine may be under pressure; waiting risks permanent damage.',
    action: 'Stop the session and send the client to emergency care now, the same day.',
    lesson: '/lessons/red-flags-and-referral/#urgency-levels',
  },
  refer: {
    label: 'Refer',
    explanation: 'Signs that need a physician to assess them before massage can be relied on.',
    action: "Refer the client for a physician's assessment, and write down and pass on what you found.",
    lesson: '/lessons/red-flags-and-referral/#urgency-levels',
  },
  'in-scope': {
    label: 'Within massage scope',
    explanation: 'No red flag recorded: massage may help, with precautions and a check on progress.',
    action: 'Treat within massage scope with precautions, and re-check progress within 3 to 4 sessions.',
    lesson: '/lessons/red-flags-and-referral/#urgency-levels',
  },
};

/** Most urgent first; an urgency's index here is its rank. */
export const URGENCY_LEVELS: readonly Urgency[] = ['emergency', 'refer', 'in-scope'];

/** Higher means more urgent, so `urgencyRank(a) > urgencyRank(b)` reads as "a is more urgent". */
export function urgencyRank(urgency: Urgency): number {
  return URGENCY_LEVELS.length - 1 - URGENCY_LEVELS.indexOf(urgency);
}

/** The session counts behind the session rule (seed column: refer after 3 to 4 sessions without change). */
export const REVIEW_AFTER_SESSIONS = 3;
export const REFER_AFTER_SESSIONS = 4;
