/**
 * The session rule and the one validator for session counts. The clinical column refers a client
 * whose symptoms have not improved "within 3-4 sessions, particularly if objective measures ...
 * remain unchanged": so 4 sessions refer, and 3 refer when the last re-check found range of motion
 * and pain scores unchanged, otherwise 3 call for a review of the plan.
 */
export const REVIEW_AFTER_SESSIONS = 3;
export const REFER_AFTER_SESSIONS = 4;
/** The largest count anything accepts (CLI, checker, case files): a year of weekly sessions. */
export const MAX_SESSIONS = 52;

export type SessionCountParse = { ok: true; value: number } | { ok: false; error: string };

const RANGE = `a whole number from 0 to ${MAX_SESSIONS}`;

/**
 * Check a session count from JSON (a number) or from a form field (`text: true`, digits only).
 * Never throws. Messages name the rule, not the input, so callers can quote the input themselves.
 */
export function parseSessionCount(value: unknown, options: { text?: boolean } = {}): SessionCountParse {
  if (options.text && typeof value === 'string') {
    const trimmed = value.trim();
    if (!/^\d{1,6}$/.test(trimmed)) return { ok: false, error: `must be ${RANGE}` };
    return parseSessionCount(Number(trimmed));
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_SESSIONS) {
    return { ok: false, error: `must be ${RANGE}` };
  }
  return { ok: true, value };
}

const plural = new Intl.PluralRules('en-GB');

/** "1 session", "4 sessions". */
export function sessionsPhrase(count: number): string {
  return `${count} ${plural.select(count) === 'one' ? 'session' : 'sessions'}`;
}

/** "No improvement after 4 sessions". */
export function noImprovementPhrase(count: number): string {
  return `no improvement after ${sessionsPhrase(count)}`;
}

/** The session rule in one sentence, for lessons, the card and the checker. */
export function sessionRuleSentence(): string {
  return (
    `If symptoms have not improved after ${sessionsPhrase(REFER_AFTER_SESSIONS)}, refer; after ${sessionsPhrase(REVIEW_AFTER_SESSIONS)}, ` +
    'refer if range of motion and pain scores were unchanged at the last re-check, and otherwise review and change the plan.'
  );
}
