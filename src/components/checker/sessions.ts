/** The largest session count the checker accepts: a year of weekly sessions. */
export const MAX_SESSIONS = 52;

export type SessionsParse = { ok: true; value: number | undefined } | { ok: false; error: string };

/** Reads the sessions field: empty means not tracked; otherwise a whole number from 0 to MAX_SESSIONS. */
export function parseSessionsText(text: string): SessionsParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: `“${trimmed.slice(0, 20)}” is not a whole number of sessions.` };
  const value = Number(trimmed);
  if (value > MAX_SESSIONS) return { ok: false, error: `Enter a number from 0 to ${MAX_SESSIONS}.` };
  return { ok: true, value };
}
