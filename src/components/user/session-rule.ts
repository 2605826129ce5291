/**
 * The session rule in words, from the thresholds in src/rules (seed column: refer when symptoms fail
 * to improve within 3 to 4 sessions, particularly when objective measures are unchanged).
 */
import { REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS } from '../../rules/index.ts';
import { numberWord } from './words.ts';

export type SessionThreshold = 'review' | 'refer';

export function sessionCount(which: SessionThreshold): number {
  return which === 'review' ? REVIEW_AFTER_SESSIONS : REFER_AFTER_SESSIONS;
}

/** "three to four", the span the lessons quote. */
export function sessionSpan(): string {
  return `${numberWord(REVIEW_AFTER_SESSIONS)} to ${numberWord(REFER_AFTER_SESSIONS)}`;
}

export function sessionRuleSentence(): string {
  return `If symptoms have not improved within ${sessionSpan()} sessions, refer; take it most seriously when your measures (a pain rating, range of motion, sitting tolerance) have not moved at all, and review the plan from session ${numberWord(REVIEW_AFTER_SESSIONS)}.`;
}
