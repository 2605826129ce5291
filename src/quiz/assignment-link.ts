/**
 * The assignment share link: `/assignment/?t=<title>&c=<id>,<id>&s=<seed>`. It carries only case
 * ids, a title and an optional seed (no seed: the cases come in the order listed), so the link can
 * be rebuilt and checked by anyone, and a student's page needs no server. Parsing is strict because
 * the link arrives from outside: anything else in it is named in a message and nothing in it is
 * ever treated as markup (titles with angle brackets or control characters are refused, and
 * messages quote bad input through `shown()`, which keeps only inert characters). Titles may use
 * any script and emoji, joiners included (text-safety.ts refuses only unsafe characters).
 */
import { seededShuffle } from '../lib/seeded.ts';
import { hasUnsafeCharacters, unsafeCharacterMessage } from './text-safety.ts';

export const ASSIGNMENT_PATH = '/assignment/';
export const ANSWER_KEY_PATH = '/assign/key/';
export const MIN_CASES = 1;
export const MAX_CASES = 40;
export const MAX_TITLE_LENGTH = 120;
/** Seeds are 0 to 999999: short enough to read out or type, plenty of distinct orders for a class. */
export const MAX_SEED = 999_999;
/** A link longer than this is not one the site made (40 long ids, a 120-emoji title and a case of
 *  the instructor's own in the x part fit). */
export const MAX_ASSIGNMENT_QUERY_LENGTH = 24_000;
/** The x part: a case the instructor wrote (src/authoring), base64url; decoded and checked in full by the page that opens it. */
const OWN_CASE_PATTERN = /^[A-Za-z0-9_-]{20,20000}$/;

export interface Assignment {
  /** Normalised: trimmed, runs of spaces made one space (see normalizeTitle). */
  title: string;
  /** In the instructor's order; students see them in this order unless there is a seed. */
  caseIds: string[];
  /** Present when the order is shuffled: the same seed always gives the same order. */
  seed?: number;
  /** A case of the instructor's own, encoded (src/authoring/authored-case.ts); students meet it after the library cases. */
  ownCase?: string;
}

export type ParsedAssignmentLink = { ok: true; assignment: Assignment } | { ok: false; problems: string[] };

const KEYS = ['t', 'c', 's', 'x'] as const;
const SEED_PATTERN = /^(0|[1-9][0-9]{0,5})$/;
const ANGLE_BRACKETS = /[<>]/;
/** What `shown()` keeps when it quotes outside input in a message. */
const INERT_CHARACTER = /[\p{L}\p{N}\p{M} .,;:!?()[\]/+*%@$~^|=_-]/u;
const MAX_QUOTED = 40;
const MAX_LISTED = 8;

/** Trim, and make every run of spaces (of any kind) one plain space. */
export function normalizeTitle(raw: string): string {
  return raw.replace(/\p{Zs}+/gu, ' ').trim();
}

/** Quote a piece of outside input inside a message: at most 40 characters, anything that could be
 *  markup, an entity or an invisible character replaced by "?". */
export function shown(value: string): string {
  const chars = [...value];
  const kept = chars.slice(0, MAX_QUOTED).map((c) => (INERT_CHARACTER.test(c) ? c : '?')).join('');
  return `“${kept}${chars.length > MAX_QUOTED ? '…' : ''}”`;
}

/** Problems with a title as typed or as found in a link (empty when it is fine). */
export function titleProblems(raw: string): string[] {
  if (hasUnsafeCharacters(raw)) return [unsafeCharacterMessage('title', raw)];
  const problems: string[] = [];
  const title = normalizeTitle(raw);
  const length = [...title].length;
  if (length === 0) problems.push('The title is empty. Give the assignment a title of 1 to 120 characters.');
  if (length > MAX_TITLE_LENGTH) problems.push(`The title is ${length} characters long; at most ${MAX_TITLE_LENGTH} are allowed.`);
  if (ANGLE_BRACKETS.test(title)) problems.push('The title contains angle brackets, which could be read as markup; a title cannot hold them.');
  return problems;
}

/** Problems with a seed as typed or as found in a link. */
export function seedProblems(raw: string): string[] {
  return SEED_PATTERN.test(raw) ? [] : [`The seed must be a whole number from 0 to ${MAX_SEED}, written with digits only; it is ${shown(raw)}.`];
}

/** Problems with a list of case ids: count, empty entries, unknown and repeated ids. `withOwnCase`:
 *  the assignment also has a case of the instructor's own, so the library list may be empty. */
export function caseListProblems(ids: readonly string[], known: ReadonlySet<string>, withOwnCase = false): string[] {
  const problems: string[] = [];
  if (ids.length < MIN_CASES && !withOwnCase) return ['No case is chosen. An assignment needs at least one case.'];
  if (ids.length > MAX_CASES) problems.push(`There are ${ids.length} cases; an assignment holds at most ${MAX_CASES}.`);
  if (ids.some((id) => id === '')) problems.push('The case list has an empty entry: two commas together, or a comma at the start or end.');
  const unknown = [...new Set(ids.filter((id) => id !== '' && !known.has(id)))];
  for (const id of unknown.slice(0, MAX_LISTED)) problems.push(`No case in the library is called ${shown(id)}.`);
  if (unknown.length > MAX_LISTED) problems.push(`…and ${unknown.length - MAX_LISTED} more unknown case names.`);
  const repeated = [...new Set(ids.filter((id, i) => id !== '' && ids.indexOf(id) !== i))];
  for (const id of repeated.slice(0, MAX_LISTED)) problems.push(`The case ${shown(id)} is listed more than once.`);
  return problems;
}

/** The query part of the share link, `?t=…&c=…&s=…`, for an assignment that has no problems. */
export function buildAssignmentQuery(assignment: Assignment): string {
  // A lone surrogate cannot be percent-encoded; validation refuses such titles, this only avoids a throw.
  const title = encodeURIComponent(assignment.title.replace(/\p{Cs}/gu, '\uFFFD'));
  const cases = assignment.caseIds.map(encodeURIComponent).join(',');
  return `?t=${title}&c=${cases}${assignment.seed === undefined ? '' : `&s=${assignment.seed}`}${assignment.ownCase === undefined ? '' : `&x=${assignment.ownCase}`}`;
}

/** The share link as a site path (prefix the site's origin for a full address). */
export function buildAssignmentLink(assignment: Assignment, path: string = ASSIGNMENT_PATH): string {
  return `${path}${buildAssignmentQuery(assignment)}`;
}

/**
 * Read an assignment from a link's query string (`location.search`, with or without the "?").
 * Never throws; returns every problem found, in words a student can pass on to the instructor.
 */
export function parseAssignmentLink(search: string, knownCaseIds: Iterable<string>): ParsedAssignmentLink {
  if (search.length > MAX_ASSIGNMENT_QUERY_LENGTH) {
    return { ok: false, problems: [`The link is ${search.length} characters long, longer than any assignment link; ask for the link again.`] };
  }
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const keys = [...params.keys()];
  const problems: string[] = [];

  const extra = [...new Set(keys.filter((k) => !(KEYS as readonly string[]).includes(k)))];
  for (const key of extra.slice(0, MAX_LISTED)) {
    problems.push(`The link has a part this page does not use: ${shown(key)}. An assignment link carries only t (the title), c (the cases), s (the seed) and x (a case your instructor wrote).`);
  }
  if (extra.length > MAX_LISTED) problems.push(`…and ${extra.length - MAX_LISTED} more parts this page does not use.`);
  for (const key of KEYS) {
    if (params.getAll(key).length > 1) problems.push(`The link gives “${key}” more than once; each part may appear only once.`);
  }

  const title = params.get('t');
  if (title === null) problems.push('The link has no title (the t part is missing).');
  else problems.push(...titleProblems(title));

  const ownCase = params.get('x');
  if (ownCase !== null && !OWN_CASE_PATTERN.test(ownCase)) problems.push('The case written by your instructor (the x part of the link) is damaged or cut off; ask for the link again.');
  const cases = params.get('c');
  const caseIds = cases === null || cases === '' ? [] : cases.split(',');
  if (cases === null) problems.push('The link names no cases (the c part is missing).');
  else problems.push(...caseListProblems(caseIds, new Set(knownCaseIds), ownCase !== null));

  const seed = params.get('s');
  if (seed !== null) problems.push(...seedProblems(seed));

  if (problems.length > 0 || title === null) return { ok: false, problems };
  const assignment: Assignment = { title: normalizeTitle(title), caseIds };
  if (seed !== null) assignment.seed = Number(seed);
  if (ownCase !== null) assignment.ownCase = ownCase;
  return { ok: true, assignment };
}

/** The case ids in the order students meet them: the seeded order when there is a seed. */
export function assignmentOrder(assignment: Assignment): string[] {
  return assignment.seed === undefined ? [...assignment.caseIds] : seededShuffle(assignment.caseIds, String(assignment.seed));
}

/** A fresh seed for the builder to offer (the instructor may edit it). */
export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (MAX_SEED + 1));
}
