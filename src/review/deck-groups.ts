/**
 * Which lessons' and cases' cards are in review, kept under GROUPS_KEY in localStorage apart from
 * the cards themselves:
 *
 *   {"version":1,"groups":{"lesson:<id>":{"active":true,"changed":"<ISO>"}, "case:<id>":{…}}}
 *
 * Marking a lesson done or answering a case turns its group on. Lesson and quiz pages read and
 * write only this small value (not the whole deck), so they stay light and their writes small.
 * `changed` lets a merge keep the more recent mark per group. Parsing never throws.
 */
export const GROUPS_KEY = 'sciatic-atlas:review-groups';

export interface GroupMark {
  active: boolean;
  changed: string;
}

export type Groups = ReadonlyMap<string, GroupMark>;

const GROUP_ID = /^(lesson|case):[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const MAX_GROUPS = 2000;

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isIso = (v: unknown): v is string => typeof v === 'string' && ISO_TIME.test(v) && Number.isFinite(Date.parse(v));

export function isGroupId(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 120 && GROUP_ID.test(v);
}

/** The groups in a parsed value (`{"lesson:x":{…}}`); undefined when it is not an object. */
export function readGroups(value: unknown): Map<string, GroupMark> | undefined {
  if (!isObj(value)) return undefined;
  const groups = new Map<string, GroupMark>();
  for (const [id, raw] of Object.entries(value)) {
    if (groups.size >= MAX_GROUPS) break;
    if (isGroupId(id) && isObj(raw) && typeof raw.active === 'boolean' && isIso(raw.changed)) groups.set(id, { active: raw.active, changed: raw.changed });
  }
  return groups;
}

export function parseGroups(raw: string | null | undefined): Groups {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 500_000) return new Map();
  try {
    const value: unknown = JSON.parse(raw);
    return (isObj(value) && value.version === 1 && readGroups(value.groups)) || new Map();
  } catch {
    return new Map();
  }
}

export const sortedObject = <T>(map: ReadonlyMap<string, T>): Record<string, T> =>
  Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));

export function serializeGroups(groups: Groups): string {
  return JSON.stringify({ version: 1, groups: sortedObject(groups) });
}

export function isGroupActive(groups: Groups, group: string): boolean {
  return groups.get(group)?.active === true;
}

/** The groups with one turned on or off (unchanged, time included, when it already is). */
export function setGroup(groups: Groups, group: string, active: boolean, now: Date): Groups {
  if (!isGroupId(group) || isGroupActive(groups, group) === active) return groups;
  const next = new Map(groups);
  next.set(group, { active, changed: now.toISOString() });
  return next;
}
