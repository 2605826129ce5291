/**
 * A student's progress through one assignment, kept in this browser until the result is
 * downloaded or they start again, so a reload, Back or a closed tab loses nothing: the answer that
 * counts for each question (the first one checked), what is ticked now, whether they finished,
 * when, and the name they typed. One entry per assignment, under a key made from the assignment
 * link itself (normalised by the link module, so the same link always finds its answers and
 * another assignment never sees them). Read strictly: unknown questions and options are dropped,
 * the name is kept exactly as typed (cleanName decides what is printed), nothing throws.
 */
import { buildAssignmentQuery, type Assignment } from '../assignment-link.ts';
import type { QuizQuestion } from '../types.ts';

export const PROGRESS_KEY_PREFIX = 'sciatic-atlas:assignment:';
const MAX_STORED = 500_000;
const MAX_NAME = 1_000;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export interface AssignmentProgress {
  /** Question id → the option ids of the first checked answer (the one that counts). */
  first: Map<string, string[]>;
  /** Question id → the option ids ticked now (may differ from the first after a retry). */
  current: Map<string, string[]>;
  /** ISO time of "See my result"; undefined while not finished. */
  finishedAt?: string;
  name: string;
}

export const emptyProgress = (): AssignmentProgress => ({ first: new Map(), current: new Map(), name: '' });

/** The storage key for an assignment: its normalised link query. */
export function progressKey(assignment: Assignment): string {
  return `${PROGRESS_KEY_PREFIX}${buildAssignmentQuery(assignment)}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readAnswers(value: unknown, questions: ReadonlyMap<string, QuizQuestion>): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  if (!isObj(value)) return answers;
  for (const [id, chosen] of Object.entries(value)) {
    const question = questions.get(id);
    if (!question || !Array.isArray(chosen)) continue;
    const picked = new Set(chosen.filter((c): c is string => typeof c === 'string'));
    const valid = question.options.filter((o) => picked.has(o.id)).map((o) => o.id);
    if (valid.length === 0 || (!question.multiple && valid.length > 1)) continue;
    answers.set(id, valid);
  }
  return answers;
}

export function parseAssignmentProgress(raw: string | null | undefined, questions: readonly QuizQuestion[]): AssignmentProgress {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_STORED) return emptyProgress();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (!isObj(value) || value.version !== 1) return emptyProgress();
  const byId = new Map(questions.map((q) => [q.id, q]));
  const first = readAnswers(value.first, byId);
  const progress: AssignmentProgress = {
    first,
    current: readAnswers(value.current, byId),
    name: typeof value.name === 'string' && value.name.length <= MAX_NAME ? value.name : '',
  };
  if (typeof value.finishedAt === 'string' && ISO_TIME.test(value.finishedAt) && !Number.isNaN(Date.parse(value.finishedAt))) {
    progress.finishedAt = value.finishedAt;
  }
  return progress;
}

export function serializeAssignmentProgress(progress: AssignmentProgress): string {
  return JSON.stringify({
    version: 1,
    first: Object.fromEntries(progress.first),
    current: Object.fromEntries(progress.current),
    ...(progress.finishedAt ? { finishedAt: progress.finishedAt } : {}),
    name: progress.name,
  });
}

/** Started: at least one answer checked, or a name typed after finishing. */
export const isStarted = (progress: AssignmentProgress) => progress.first.size > 0 || progress.finishedAt !== undefined;
