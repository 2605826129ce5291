/**
 * The file every case quiz is published in, /cases/quizzes.json (src/pages/cases/quizzes.json.ts
 * writes it at build time), and a reader that checks what the browser fetched before using it.
 * Practice sets and assignments draw from it.
 *
 *   const response = await fetch(QUIZZES_JSON_PATH);
 *   const quizzes = readQuizzesPayload(await response.json());  // CaseQuiz[] or undefined
 *
 * The reader drops any quiz that does not have the CaseQuiz shape rather than trusting it: a stale
 * cache or a proxy's error page must not become markup.
 */
import type { LessonLink } from '../rules/index.ts';
import type { CaseQuiz, CaseStory, QuestionKind, QuizOption, QuizQuestion } from './types.ts';

export const QUIZZES_JSON_PATH = '/cases/quizzes.json';

export interface QuizzesPayload {
  version: 1;
  quizzes: CaseQuiz[];
}

export function quizzesPayload(quizzes: readonly CaseQuiz[]): QuizzesPayload {
  return { version: 1, quizzes: [...quizzes] };
}

const KINDS: readonly QuestionKind[] = ['urgency', 'source', 'drivers', 'anatomy'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

function readOption(v: unknown): QuizOption | undefined {
  if (!isObj(v) || !isStr(v.id) || !isStr(v.text) || typeof v.correct !== 'boolean' || !isStr(v.feedback)) return undefined;
  return { id: v.id, text: v.text, correct: v.correct, feedback: v.feedback };
}

// Lesson links are taken as strings: a quizzes.json newer than this script may link a section it
// does not know yet, and losing the question for that would cost more than a plain link label
// (lessonHeading's fallback).
function readQuestion(v: unknown, caseId: string): QuizQuestion | undefined {
  if (!isObj(v) || !isStr(v.id) || v.caseId !== caseId || !KINDS.includes(v.kind as QuestionKind)) return undefined;
  if (!isStr(v.prompt) || typeof v.multiple !== 'boolean' || !isStr(v.explanation) || !isStr(v.lesson) || !Array.isArray(v.options)) return undefined;
  const options = v.options.map(readOption);
  if (options.length < 2 || options.some((o) => o === undefined)) return undefined;
  const valid = options as QuizOption[];
  if (new Set(valid.map((o) => o.id)).size !== valid.length || !valid.some((o) => o.correct)) return undefined;
  return { id: v.id, caseId, kind: v.kind as QuestionKind, prompt: v.prompt, multiple: v.multiple, options: valid, explanation: v.explanation, lesson: v.lesson as LessonLink };
}

function readStory(v: unknown): CaseStory | undefined {
  if (!isObj(v) || !isStr(v.client) || !isStr(v.history) || !isStr(v.reports) || !isStr(v.assessment)) return undefined;
  return { client: v.client, history: v.history, reports: v.reports, assessment: v.assessment };
}

/** One quiz, checked field by field; undefined when anything is missing or of the wrong type. */
export function readCaseQuiz(v: unknown): CaseQuiz | undefined {
  if (!isObj(v) || !isStr(v.caseId) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.caseId) || !isStr(v.title)) return undefined;
  const story = readStory(v.story);
  if (!story || !isStrList(v.topics) || !isStr(v.difficulty) || !isStrList(v.lessons) || !Array.isArray(v.questions)) return undefined;
  const caseId = v.caseId;
  const questions = v.questions.map((q) => readQuestion(q, caseId));
  if (questions.length === 0 || questions.some((q) => q === undefined)) return undefined;
  return { caseId, title: v.title, story, topics: v.topics, difficulty: v.difficulty, questions: questions as QuizQuestion[], lessons: v.lessons as LessonLink[] };
}

/** The quizzes in a fetched payload, or undefined when it is not a version-1 payload at all. */
export function readQuizzesPayload(value: unknown): CaseQuiz[] | undefined {
  if (!isObj(value) || value.version !== 1 || !Array.isArray(value.quizzes)) return undefined;
  const seen = new Set<string>();
  const quizzes: CaseQuiz[] = [];
  for (const item of value.quizzes) {
    const quiz = readCaseQuiz(item);
    if (quiz && !seen.has(quiz.caseId)) {
      seen.add(quiz.caseId);
      quizzes.push(quiz);
    }
  }
  return quizzes;
}
