import { findingsAtLevel, getFinding, type FindingId } from './findings.ts';
import type { LessonLink } from './lessons.ts';
import { REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS, sessionRuleSentence } from './sessions.ts';
import { URGENCY, type SignLevel } from './urgency.ts';
import { upperFirst } from './wording.ts';

export interface RedFlagCardSign {
  id: FindingId;
  label: string;
  explanation: string;
  lesson: LessonLink;
  /** When another finding raises this one, e.g. "Emergency together with any other cauda equina sign." */
  escalation?: string;
}

export interface RedFlagCardGroup {
  urgency: SignLevel;
  label: string;
  timescale: string;
  action: string;
  treating: string;
  signs: RedFlagCardSign[];
}

export interface RedFlagCard {
  title: string;
  groups: RedFlagCardGroup[];
  sessionRule: { sentence: string; review: string; refer: string; lesson: LessonLink };
  lesson: LessonLink;
}

const SIGN_LEVELS: readonly SignLevel[] = ['emergency', 'urgent', 'refer'];

/** The escalation notes of one finding as one sentence, or undefined when it has none. */
export function escalationNote(id: FindingId): string | undefined {
  const notes = getFinding(id).escalations.map((e) => `${URGENCY[e.to].label} together with ${e.withName}`);
  return notes.length > 0 ? `${upperFirst(notes.join('; '))}.` : undefined;
}

/** The signs at one level, as the card, the checker and the lesson list them. */
export function signsAtLevel(level: SignLevel): RedFlagCardSign[] {
  return findingsAtLevel(level).map(({ id, label, explanation, lesson }) => {
    const escalation = escalationNote(id);
    return { id, label, explanation, lesson, ...(escalation ? { escalation } : {}) };
  });
}

function group(urgency: SignLevel): RedFlagCardGroup {
  const { label, timescale, action, treating } = URGENCY[urgency];
  return { urgency, label, timescale, action, treating, signs: signsAtLevel(urgency) };
}

/**
 * The printable red-flag card, built from the same vocabulary and thresholds as triage(), so the
 * card can never list a sign the checker ignores or miss one it acts on.
 */
export function redFlagCard(): RedFlagCard {
  return {
    title: 'Sciatic-type symptoms: red flags and when to refer',
    groups: SIGN_LEVELS.map(group),
    sessionRule: {
      sentence: sessionRuleSentence(),
      review: `No improvement after ${REVIEW_AFTER_SESSIONS} sessions: review and change the plan, or refer if range of motion and pain scores are unchanged.`,
      refer: `No improvement after ${REFER_AFTER_SESSIONS} sessions: refer for a physician's assessment.`,
      lesson: '/lessons/red-flags-and-referral/#the-session-rule',
    },
    lesson: '/lessons/red-flags-and-referral/#urgency-levels',
  };
}
