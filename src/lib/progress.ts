/**
 * Reading progress: which lessons a learner marked as done, and when each mark last changed, kept
 * in localStorage under PROGRESS_KEY as
 *
 *   {"version":2,"lessons":{"<lesson id>":{"done":true,"at":"<ISO time>"}}}
 *
 * The time lets two devices merge (the more recent mark per lesson wins, src/review/merge.ts).
 * Version 1 (`{"version":1,"done":[ids]}`, before times were kept) is still read, its marks dated
 * at the epoch so any dated mark is newer. Anything else found there (another site's data, hand
 * edits) is ignored entry by entry rather than trusted; parsing never throws.
 */
export const PROGRESS_KEY = 'sciatic-atlas:progress';

export interface LessonMark {
  done: boolean;
  /** When the learner last marked or unmarked it, ISO 8601. */
  at: string;
}

export interface Progress {
  lessons: ReadonlyMap<string, LessonMark>;
}

export const NO_PROGRESS: Progress = { lessons: new Map() };

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const EPOCH = new Date(0).toISOString();
const MAX_LESSONS = 500;

const isLessonId = (id: unknown): id is string => typeof id === 'string' && id.length <= 100 && LESSON_ID.test(id);

function readMark(v: unknown): LessonMark | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const { done, at } = v as Record<string, unknown>;
  if (typeof done !== 'boolean' || typeof at !== 'string' || !ISO.test(at) || !Number.isFinite(Date.parse(at))) return undefined;
  return { done, at };
}

/**
 * The progress in a parsed JSON value, or undefined when it is not progress at all. `known`, when
 * given, keeps only those lesson ids (the pages pass the lessons they list).
 */
export function readProgress(value: unknown, known?: ReadonlySet<string>): Progress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { version } = value as { version?: unknown };
  const lessons = new Map<string, LessonMark>();
  const keep = (id: unknown): id is string => isLessonId(id) && (!known || known.has(id)) && lessons.size < MAX_LESSONS;
  if (version === 1) {
    const done = (value as { done?: unknown }).done;
    if (!Array.isArray(done)) return undefined;
    for (const id of done) if (keep(id)) lessons.set(id, { done: true, at: EPOCH });
    return { lessons };
  }
  if (version !== 2) return undefined;
  const raw = (value as { lessons?: unknown }).lessons;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  for (const [id, entry] of Object.entries(raw)) {
    const mark = keep(id) ? readMark(entry) : undefined;
    if (mark) lessons.set(id, mark);
  }
  return { lessons };
}

export function parseProgress(raw: string | null | undefined, known?: ReadonlySet<string>): Progress {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200_000) return NO_PROGRESS;
  try {
    return readProgress(JSON.parse(raw), known) ?? NO_PROGRESS;
  } catch {
    return NO_PROGRESS;
  }
}

export function progressJson(progress: Progress): { version: 2; lessons: Record<string, LessonMark> } {
  return { version: 2, lessons: Object.fromEntries([...progress.lessons].sort(([a], [b]) => a.localeCompare(b))) };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progressJson(progress));
}

/** The ids of the lessons marked as done, sorted. */
export function doneLessons(progress: Progress): string[] {
  return [...progress.lessons].filter(([, mark]) => mark.done).map(([id]) => id).sort();
}

export function withLesson(progress: Progress, id: string, done: boolean, now: Date): Progress {
  if (!isLessonId(id)) return progress;
  const lessons = new Map(progress.lessons);
  lessons.set(id, { done, at: now.toISOString() });
  return { lessons };
}
