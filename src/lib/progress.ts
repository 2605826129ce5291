/**
 * Reading progress: the ids of the lessons a learner marked as done, kept in localStorage under
 * PROGRESS_KEY as `{"version":1,"done":[...]}`. Anything else found there (old formats, another
 * site's data, hand edits) is ignored rather than trusted: the learner starts from no progress.
 */
export const PROGRESS_KEY = 'sciatic-atlas:progress';

export interface Progress { done: string[] }

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseProgress(raw: string | null, knownLessons: ReadonlySet<string>): Progress {
  if (!raw) return { done: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { done: [] };
  }
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return { done: [] };
  const done = (value as { done?: unknown }).done;
  if (!Array.isArray(done)) return { done: [] };
  const ids = done.filter((id): id is string => typeof id === 'string' && LESSON_ID.test(id) && knownLessons.has(id));
  return { done: [...new Set(ids)] };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ version: 1, done: [...new Set(progress.done)].sort() });
}

export function withLesson(progress: Progress, id: string, done: boolean): Progress {
  const rest = progress.done.filter((d) => d !== id);
  return { done: done ? [...rest, id] : rest };
}
