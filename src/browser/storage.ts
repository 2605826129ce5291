/**
 * This browser's storage for the site, with writes that say whether they worked. localStorage can be
 * missing or blocked (private modes, strict settings) or full (quota): a write that fails must be
 * told to the learner in words, and must never leave half of a change behind.
 *
 *   const result = writeKeys([[PROGRESS_KEY, text]]);
 *   if (!result.ok) note.textContent = notKeptMessage(result, 'This lesson’s mark');
 */
export type WriteFailure = 'full' | 'blocked';
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined; // access itself throws when storage is blocked
  }
}

/** The stored text, null when there is none, undefined when storage cannot be read at all. */
export function readKey(key: string): string | null | undefined {
  try {
    const store = storage();
    return store ? store.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  // Every current browser names the error; the old numeric code 22 is deprecated and says nothing more.
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/**
 * Writes every pair, or none: when one fails, the keys already written get their old text back, so
 * what was kept before stays kept.
 */
export function writeKeys(pairs: readonly (readonly [key: string, value: string])[]): WriteResult {
  const store = storage();
  if (!store) return { ok: false, reason: 'blocked' };
  const before: [string, string | null][] = [];
  try {
    for (const [key, value] of pairs) {
      before.push([key, store.getItem(key)]);
      store.setItem(key, value);
    }
    return { ok: true };
  } catch (error) {
    for (const [key, old] of before.reverse()) {
      try {
        if (old === null) store.removeItem(key);
        else store.setItem(key, old);
      } catch {
        // Restoring an old value takes no more room than it had; nothing more can be done here.
      }
    }
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'blocked' };
  }
}

export function writeKey(key: string, value: string): WriteResult {
  return writeKeys([[key, value]]);
}

/** One sentence for a failed write: `what` is the thing not kept, e.g. "Your score". */
export function notKeptMessage(result: { reason: WriteFailure }, what: string): string {
  return `${what} was not saved: ${result.reason === 'full'
    ? 'this browser’s storage for the site is full. What was saved before is still kept. Export your progress on the Review page, or free space in the browser’s site settings.'
    : 'this browser does not let the site store anything (a private window or strict privacy settings), so it lasts only while this page is open.'}`;
}
