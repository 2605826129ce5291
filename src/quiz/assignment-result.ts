/**
 * The result a student hands in at the end of an assignment: a JSON file and a printable summary
 * made from the same object, so the two always agree. Scoring is score.ts's (the same count as
 * every quiz page); this module only records who, when, which assignment, and each answer with its
 * verdict. Pure: the page calls it and offers the file; nothing leaves the browser.
 */
import { buildAssignmentLink, type Assignment } from './assignment-link.ts';
import { fileSlug } from './file-name.ts';
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

/** A typed name made safe to print and store: no control or invisible characters, one space between
 *  words, at most 120 characters. */
export function cleanName(raw: string): string {
  const plain = raw.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/gu, '').replace(/\s+/g, ' ').trim();
  return [...plain].slice(0, MAX_NAME_LENGTH).join('');
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

export function serializeResult(result: AssignmentResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
