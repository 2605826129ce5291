/**
 * The result a student hands in at the end of an assignment: a JSON file and a printable summary
 * made from the same object, so the two always agree. Scoring is score.ts's (the same count as
 * every quiz page); this module only records who, when, which assignment, and each answer with its
 * verdict. Pure: the page calls it and offers the file; nothing leaves the browser.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { buildAssignmentLink, type Assignment } from './assignment-link.ts';
import { fileSlug } from './file-name.ts';
import { hasUnsafeCharacters, unsafeCharacterMessage, withoutUnsafeCharacters } from './text-safety.ts';
import { scoreAnswers } from './score.ts';
import type { CaseQuiz, QuizAnswer, QuizQuestion } from './types.ts';

export const RESULT_FORMAT = 'sciatic-atlas/assignment-result';
export const MAX_NAME_LENGTH = 120;

export interface ResultAnswer {
  id: string;
  text: string;
}

export interface ResultQuestion {
  questionId: string;
  kind: QuizQuestion['kind'];
  prompt: string;
  chosen: ResultAnswer[];
  right: ResultAnswer[];
  /** All-or-nothing, as the score counts it. */
  correct: boolean;
  /** 0 to 1, partial credit on multiple-answer questions. */
  credit: number;
}

export interface ResultCase {
  caseId: string;
  title: string;
  score: number;
  total: number;
  questions: ResultQuestion[];
}

export interface AssignmentResult {
  format: typeof RESULT_FORMAT;
  version: 1;
  student: { name: string };
  assignment: { title: string; caseIds: string[]; seed: number | null; link: string };
  /** ISO 8601, with the time zone offset of the student's clock as UTC. */
  completedAt: string;
  score: { right: number; total: number; percent: number; credit: number };
  cases: ResultCase[];
  lessonsToRevisit: string[];
  /** Present in a file: see resultChecksum. */
  checksum?: string;
}

export interface ResultInput {
  assignment: Assignment;
  /** The assignment's quizzes in the order the student met them. */
  quizzes: readonly CaseQuiz[];
  answers: readonly QuizAnswer[];
  name: string;
  completedAt: Date;
  /** The site's origin, to record the full assignment link (e.g. location.origin). */
  siteUrl?: string;
}

/** Problems with a name as typed (empty when it can go into the result as it is). */
export function nameProblems(raw: string): string[] {
  const problems: string[] = [];
  if (hasUnsafeCharacters(raw)) problems.push(unsafeCharacterMessage('name', raw));
  if ([...raw.trim()].length > MAX_NAME_LENGTH) problems.push(`The name is longer than ${MAX_NAME_LENGTH} characters; shorten it.`);
  return problems;
}

/** The name as the result records it: exactly as typed, joiners and all, with only the spaces at
 *  either end trimmed. Unsafe characters (which nameProblems reports first) are dropped as a last
 *  guard, and at most 120 characters are kept, never cutting a letter or emoji in two. */
export function cleanName(raw: string): string {
  const safe = withoutUnsafeCharacters(raw).trim();
  let kept = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(safe)) {
    if ([...kept + segment].length > MAX_NAME_LENGTH) break;
    kept += segment;
  }
  return kept;
}


const answersOf = (question: QuizQuestion, ids: readonly string[]): ResultAnswer[] =>
  question.options.filter((o) => ids.includes(o.id)).map((o) => ({ id: o.id, text: o.text }));

export function buildAssignmentResult(input: ResultInput): AssignmentResult {
  const questions = input.quizzes.flatMap((quiz) => quiz.questions);
  const scored = scoreAnswers(questions, input.answers);
  const byId = new Map(scored.questions.map((r) => [r.questionId, r]));
  const cases = input.quizzes.map((quiz): ResultCase => {
    const results = quiz.questions.map((q): ResultQuestion => {
      const r = byId.get(q.id)!;
      return {
        questionId: q.id,
        kind: q.kind,
        prompt: q.prompt,
        chosen: answersOf(q, r.chosen),
        right: answersOf(q, q.options.filter((o) => o.correct).map((o) => o.id)),
        correct: r.correct,
        credit: r.credit,
      };
    });
    return { caseId: quiz.caseId, title: quiz.title, score: results.filter((q) => q.correct).length, total: results.length, questions: results };
  });
  const link = buildAssignmentLink(input.assignment);
  return {
    format: RESULT_FORMAT,
    version: 1,
    student: { name: cleanName(input.name) },
    assignment: {
      title: input.assignment.title,
      caseIds: [...input.assignment.caseIds],
      seed: input.assignment.seed ?? null,
      link: input.siteUrl ? new URL(link, input.siteUrl).href : link,
    },
    completedAt: input.completedAt.toISOString(),
    score: {
      right: scored.score,
      total: scored.total,
      percent: scored.total > 0 ? Math.round((scored.score / scored.total) * 100) : 0,
      credit: Math.round(scored.credit * 100) / 100,
    },
    cases,
    lessonsToRevisit: scored.lessonsToRevisit,
  };
}

/** The same result with another name: the student may type or fix their name after finishing. */
export function withStudentName(result: AssignmentResult, name: string): AssignmentResult {
  return { ...result, student: { name: cleanName(name) } };
}

/** "result-week-3-referral-ana-lopez-2026-11-23.json": sorts by assignment, then student, in a folder. */
export function resultFileName(result: AssignmentResult): string {
  const parts = ['result', fileSlug(result.assignment.title) || 'assignment', fileSlug(result.student.name) || 'student', result.completedAt.slice(0, 10)];
  return `${parts.join('-')}.json`;
}

/** JSON with every object's keys sorted: the same result always gives the same text to hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The checksum a result file carries: SHA-256 of the result's canonical JSON (without the checksum
 * itself). It tells the class results page that a file is as the site wrote it; it catches
 * accidents and casual edits, not a determined student, who can recompute it (the site has no
 * secret to sign with).
 */
export function resultChecksum(result: Omit<AssignmentResult, 'checksum'>): string {
  const { checksum: _ignored, ...rest } = result as AssignmentResult;
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))))}`;
}

export function serializeResult(result: AssignmentResult): string {
  const { checksum: _ignored, ...rest } = result;
  return `${JSON.stringify({ ...rest, checksum: resultChecksum(rest) }, null, 2)}\n`;
}
