/**
 * Session counts in words for lesson sentences, from the thresholds in src/rules (seed column: refer
 * when symptoms fail to improve within 3 to 4 sessions, particularly when objective measures are
 * unchanged). The rule's own sentence is the rules' sessionRuleSentence().
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
