/**
 * The assign page's half-built assignment, kept in this browser so a reload or Back loses nothing:
 * localStorage[ASSIGN_DRAFT_KEY] = {"version":1,"title":"…","caseIds":["…"],"order":"fixed","seed":"123"}.
 * Read strictly, like every stored value: anything malformed is dropped field by field (unknown or
 * repeated cases, over-long text), never trusted and never thrown on. The title and seed are kept
 * as typed, even when invalid, so the instructor sees exactly what they left and the usual
 * messages on Create.
 */
export const ASSIGN_DRAFT_KEY = 'sciatic-atlas:assign-draft';

export interface AssignDraft {
  title: string;
  caseIds: string[];
  order: 'fixed' | 'shuffled';
  seed: string;
}

export const EMPTY_DRAFT: AssignDraft = { title: '', caseIds: [], order: 'fixed', seed: '' };

/** Far more than the title field or a seed could need; a longer value is not ours. */
const MAX_TEXT = 2_000;
const MAX_STORED = 200_000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v.length <= MAX_TEXT ? v : '');

export function parseAssignDraft(raw: string | null | undefined, knownCaseIds: ReadonlySet<string>): AssignDraft {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_STORED) return EMPTY_DRAFT;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_DRAFT;
  }
  if (!isObj(value) || value.version !== 1) return EMPTY_DRAFT;
  const ids = Array.isArray(value.caseIds) ? value.caseIds : [];
  const caseIds = [...new Set(ids.filter((id): id is string => typeof id === 'string' && knownCaseIds.has(id)))];
  return { title: text(value.title), caseIds, order: value.order === 'shuffled' ? 'shuffled' : 'fixed', seed: text(value.seed) };
}

export function serializeAssignDraft(draft: AssignDraft): string {
  return JSON.stringify({ version: 1, title: draft.title, caseIds: draft.caseIds, order: draft.order, seed: draft.seed });
}
