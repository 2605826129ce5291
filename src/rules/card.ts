import { findingsOfKind, type FindingId, type FindingKind } from './findings.ts';
import type { LessonLink } from './lessons.ts';
import { REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS, URGENCY } from './urgency.ts';

export interface RedFlagCardSign {
  id: FindingId;
  label: string;
  explanation: string;
  lesson: LessonLink;
}

export interface RedFlagCardGroup {
  urgency: 'emergency' | 'refer';
  label: string;
  action: string;
  signs: RedFlagCardSign[];
}

export interface RedFlagCard {
  title: string;
  groups: RedFlagCardGroup[];
  sessionRule: { review: string; refer: string; lesson: LessonLink };
  lesson: LessonLink;
}

function group(urgency: 'emergency' | 'refer', kind: FindingKind): RedFlagCardGroup {
  return {
    urgency,
    label: URGENCY[urgency].label,
    action: URGENCY[urgency].action,
    signs: findingsOfKind(kind).map(({ id, label, explanation, lesson }) => ({ id, label, explanation, lesson })),
  };
}

/**
 * The printable red-flag card, built from the same vocabulary and thresholds as triage(), so the
 * card can never list a sign the checker ignores or miss one it acts on.
 */
export function redFlagCard(): RedFlagCard {
  return {
    title: 'Sciatic-type symptoms: red flags and when to refer',
    groups: [group('emergency', 'emergency'), group('refer', 'referral')],
    sessionRule: {
      review: `No improvement after ${REVIEW_AFTER_SESSIONS} sessions: review and change the plan.`,
      refer: `No improvement after ${REFER_AFTER_SESSIONS} sessions: refer for a physician's assessment.`,
      lesson: '/lessons/red-flags-and-referral/#the-session-rule',
    },
    lesson: '/lessons/red-flags-and-referral/#urgency-levels',
  };
}
