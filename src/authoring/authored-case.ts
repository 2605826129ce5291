/**
 * A case an instructor writes on the site: what they type, the checks with one message per field
 * (the same limits as the case schema in src/content/schemas/case.ts, including "the story must
 * mention each finding"), the case input the quiz builder takes, and the compact form a share link
 * carries. The answers are never typed: buildCaseQuiz() computes them with the rules.
 * Pure, no DOM; nothing here imports the schema itself, which would bring Zod into the page.
 */
import { FINDINGS, canonicalFindings, getFinding, isFindingId, parseSessionCount, type FindingId, type LessonLink, type SessionCountParse } from '../rules/index.ts';
import { DIFFICULTY_IDS, STORY_LABELS, STORY_PARTS, TOPIC_IDS, type CaseDifficulty, type CaseTopic, type StoryPart } from '../quiz/labels.ts';
import { hasUnsafeCharacters, unsafeCharacterMessage } from '../quiz/text-safety.ts';
import type { CaseInput } from '../quiz/build-quiz.ts';

export interface AuthoredCase {
  title: string;
  story: Record<StoryPart, string>;
  findings: string[];
  /** As typed: empty, or a whole number of sessions without improvement. */
  sessions: string;
  difficulty: string;
  topics: string[];
}

export type AuthoringField = 'title' | StoryPart | 'findings' | 'sessions' | 'difficulty' | 'topics';

export interface AuthoringProblem {
  field: AuthoringField;
  message: string;
}

export const EMPTY_CASE: AuthoredCase = { title: '', story: { client: '', history: '', reports: '', assessment: '' }, findings: [], sessions: '', difficulty: '', topics: [] };

/** The case schema's limits (title 5 to 80; story parts at least 10 or 20) and a ceiling a share link can carry. */
export const TITLE_LIMITS = { min: 5, max: 80 } as const;
export const STORY_LIMITS: Record<StoryPart, { min: number; max: number }> = {
  client: { min: 10, max: 300 },
  history: { min: 20, max: 1000 },
  reports: { min: 20, max: 1000 },
  assessment: { min: 20, max: 1000 },
};

const length = (text: string) => [...text.trim()].length;

/** The story as one lower-case text, where each finding must be mentioned (as the build checks). */
export function storyText(story: Record<StoryPart, string>): string {
  return STORY_PARTS.map((part) => story[part]).join(' \n').toLowerCase();
}

/** The words that show a finding in a story: its label and its story terms. */
export function findingWords(id: FindingId): string[] {
  const finding = getFinding(id);
  return [finding.label, ...finding.storyTerms].map((w) => w.toLowerCase());
}

export const isMentioned = (id: FindingId, story: Record<StoryPart, string>) => findingWords(id).some((w) => storyText(story).includes(w));

export function authoredCaseProblems(draft: AuthoredCase): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  const add = (field: AuthoringField, message: string) => problems.push({ field, message });

  const title = draft.title.trim();
  if (hasUnsafeCharacters(draft.title)) add('title', unsafeCharacterMessage('title', draft.title));
  else if (length(title) === 0) add('title', `The title is empty. Give the case a title of ${TITLE_LIMITS.min} to ${TITLE_LIMITS.max} characters.`);
  else if (length(title) < TITLE_LIMITS.min || length(title) > TITLE_LIMITS.max) add('title', `The title must be ${TITLE_LIMITS.min} to ${TITLE_LIMITS.max} characters; it is ${length(title)}.`);
  else if (/[<>]/.test(title)) add('title', 'The title contains angle brackets, which could be read as markup; a title cannot hold them.');

  for (const part of STORY_PARTS) {
    const text = draft.story[part];
    const { min, max } = STORY_LIMITS[part];
    const name = `“${STORY_LABELS[part]}”`;
    if (hasUnsafeCharacters(text.replace(/\n/g, ' '))) add(part, unsafeCharacterMessage(`part ${name}`, text.replace(/\n/g, ' ')));
    else if (length(text) === 0) add(part, `${name} is empty: write at least ${min} characters.`);
    else if (length(text) < min) add(part, `${name} needs at least ${min} characters; it has ${length(text)}.`);
    else if (length(text) > max) add(part, `${name} may have at most ${max} characters; it has ${length(text)}.`);
  }

  const known = draft.findings.filter(isFindingId);
  if (known.length === 0) add('findings', 'Tick at least one finding: the rules decide the answers from the findings.');
  for (const id of canonicalFindings(known)) {
    if (!isMentioned(id, draft.story)) {
      const words = findingWords(id).map((w) => `“${w}”`).join(', ');
      add('findings', `The story never mentions “${getFinding(id).label}”: use one of ${words} in it, or untick it.`);
    }
  }

  const sessions = typedSessions(draft.sessions);
  if (sessions && !sessions.ok) add('sessions', `Sessions without improvement ${sessions.error}, or left empty.`);
  if (!(DIFFICULTY_IDS as readonly string[]).includes(draft.difficulty)) add('difficulty', 'Choose a difficulty.');
  if (draft.topics.length === 0) add('topics', 'Tick at least one topic, so the case can be found by topic.');
  else if (draft.topics.some((t) => !(TOPIC_IDS as readonly string[]).includes(t))) add('topics', 'A topic is not one of the site’s topics.');
  return problems;
}

/** The lesson sections the case exercises: each ticked finding's lesson, once, in vocabulary order. */
export function caseLessons(findings: readonly string[]): LessonLink[] {
  return [...new Set(canonicalFindings(findings).map((id) => getFinding(id).lesson))];
}

/** The typed session count checked by the rules' one validator, or undefined when the field is left empty. */
function typedSessions(typed: string): SessionCountParse | undefined {
  return typed.trim() === '' ? undefined : parseSessionCount(typed, { text: true });
}

/** What buildCaseQuiz takes, for a case with no problems. */
export function toCaseInput(draft: AuthoredCase): CaseInput {
  const sessions = typedSessions(draft.sessions);
  return {
    title: draft.title.trim(),
    story: { client: draft.story.client.trim(), history: draft.story.history.trim(), reports: draft.story.reports.trim(), assessment: draft.story.assessment.trim() },
    findings: canonicalFindings(draft.findings),
    sessionsWithoutImprovement: sessions?.ok ? sessions.value : undefined,
    topics: draft.topics as CaseTopic[],
    difficulty: draft.difficulty as CaseDifficulty,
    lessons: caseLessons(draft.findings),
    anatomy: undefined,
  };
}

/** A file-name id for the case: "own-" and the title's words, so it never clashes with a library case. */
export function authoredCaseId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `own-${slug || 'case'}`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number) => (typeof v === 'string' && v.length <= max ? v : '');

/** A stored or linked case read field by field: whatever is not of the right shape becomes empty. Never throws. */
export function readAuthoredCase(value: unknown): AuthoredCase {
  if (!isObj(value)) return EMPTY_CASE;
  const story = isObj(value.story) ? value.story : {};
  const list = (v: unknown, allowed: readonly string[]) => (Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && allowed.includes(x)))] : []);
  return {
    title: str(value.title, 400),
    story: { client: str(story.client, 4000), history: str(story.history, 4000), reports: str(story.reports, 4000), assessment: str(story.assessment, 4000) },
    findings: list(value.findings, FINDINGS.map((f) => f.id)),
    sessions: str(value.sessions, 10),
    difficulty: str(value.difficulty, 40),
    topics: list(value.topics, TOPIC_IDS),
  };
}

/** The case as a share link carries it: base64url of its JSON (UTF-8), so any script survives the address bar. */
export function encodeAuthoredCase(draft: AuthoredCase): string {
  const bytes = new TextEncoder().encode(JSON.stringify(draft));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The case in a link's `x` part, or the problems with it (strict: a case with any problem opens nothing). */
export function decodeAuthoredCase(encoded: string): { ok: true; draft: AuthoredCase } | { ok: false; problems: string[] } {
  const bad = { ok: false as const, problems: ['The case written by your instructor (the x part of the link) is damaged or cut off; ask for the link again.'] };
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return bad;
  let value: unknown;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return bad;
  }
  const draft = readAuthoredCase(value);
  const problems = authoredCaseProblems(draft);
  if (problems.length > 0) return { ok: false, problems: problems.map((p) => `In the case written by your instructor: ${p.message}`) };
  return { ok: true, draft };
}
