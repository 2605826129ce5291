/**
 * What the therapist has ticked, kept for the browser tab (sessionStorage), so a reload or a Back
 * from a lesson link loses nothing. It is stored as a plain case and read back only through the
 * rules' strict parser, so a hand-edited or stale value can never tick something unexpected: it is
 * dropped, and the checker says so.
 */
import { parseCase, type Case } from '../../rules/index.ts';

export const CHECKER_STORAGE_KEY = 'sciatic-atlas:red-flag-checker';

/** The part of the Storage interface used here (a fake in unit tests). */
export type CaseStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type StoredCase = { kind: 'none' } | { kind: 'case'; value: Case } | { kind: 'unreadable'; error: string };

/** The tab's storage, or null where the browser refuses it (some private modes, sandboxed frames). */
export function tabStore(): CaseStore | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readStoredCase(store: CaseStore | null): StoredCase {
  let raw: string | null = null;
  try {
    raw = store?.getItem(CHECKER_STORAGE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', error: 'it is not JSON' };
  }
  const parsed = parseCase(value);
  return parsed.ok ? { kind: 'case', value: parsed.value } : { kind: 'unreadable', error: parsed.error };
}

/** Keeps the case for the tab; an empty case removes the entry. Storage errors (quota, refusal) are ignored: the page still works. */
export function writeStoredCase(store: CaseStore | null, value: Case): void {
  try {
    if (value.findings.length === 0 && value.sessionsWithoutImprovement === undefined) store?.removeItem(CHECKER_STORAGE_KEY);
    else store?.setItem(CHECKER_STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Nothing to do: the ticks stay on screen, they just will not survive a reload.
  }
}

export function clearStoredCase(store: CaseStore | null): void {
  try {
    store?.removeItem(CHECKER_STORAGE_KEY);
  } catch {
    // As above.
  }
}
