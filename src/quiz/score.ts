/**
 * Judging answers: right or wrong per question, a score, and the lessons to revisit. Pure, so the
 * quiz page, a practice set, an assignment's result file and the tests all count the same way.
 *
 *   const result = scoreAnswers(quiz.questions, [{ questionId: 'case/urgency', chosen: ['refer'] }]);
 *   result.score;             // questions answered exactly right (all-or-nothing)
 *   result.credit;            // the same with partial credit for multiple-answer questions
 *   result.lessonsToRevisit;  // lesson links of every question not fully right, each once
 *
 * A multiple-answer question counts as right only when every right option and no wrong one is
 * chosen; its partial credit (right picks minus wrong picks, over the right options, never below 0)
 * is shown beside the score so a near miss is visible without inflating it.
 */
import type { LessonLink } from '../rules/index.ts';
import type { QuestionKind, QuizAnswer, QuizQuestion } from './types.ts';

export interface QuestionResult {
  questionId: string;
  caseId: string;
  kind: QuestionKind;
  /** The chosen option ids that exist in the question, each once, in the question's option order. */
  chosen: string[];
  answered: boolean;
  correct: boolean;
  /** 0 to 1: equals 1 exactly when `correct`. */
  credit: number;
  rightChosen: number;
  wrongChosen: number;
  rightTotal: number;
  lesson: LessonLink;
}

export interface QuizResult {
  questions: QuestionResult[];
  /** Questions answered exactly right. */
  score: number;
  total: number;
  /** Sum of partial credit, 0 to total. */
  credit: number;
  /** Lesson links of the questions not answered exactly right, each once, in question order. */
  lessonsToRevisit: LessonLink[];
}

export interface CaseScore {
  caseId: string;
  score: number;
  total: number;
}

export function judgeAnswer(question: QuizQuestion, chosenIds: readonly string[]): QuestionResult {
  const picked = new Set(chosenIds);
  const chosen = question.options.filter((o) => picked.has(o.id));
  const rightTotal = question.options.filter((o) => o.correct).length;
  const rightChosen = chosen.filter((o) => o.correct).length;
  const wrongChosen = chosen.length - rightChosen;
  const correct = question.multiple
    ? rightChosen === rightTotal && wrongChosen === 0 && rightTotal > 0
    : chosen.length === 1 && rightChosen === 1;
  const partial = question.multiple && rightTotal > 0 ? Math.max(0, (rightChosen - wrongChosen) / rightTotal) : 0;
  return {
    questionId: question.id,
    caseId: question.caseId,
    kind: question.kind,
    chosen: chosen.map((o) => o.id),
    answered: chosen.length > 0,
    correct,
    credit: correct ? 1 : partial,
    rightChosen,
    wrongChosen,
    rightTotal,
    lesson: question.lesson,
  };
}

/** Judge every question; a question with no answer (or only unknown option ids) counts as wrong. */
export function scoreAnswers(questions: readonly QuizQuestion[], answers: readonly QuizAnswer[]): QuizResult {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a.chosen]));
  const results = questions.map((q) => judgeAnswer(q, byQuestion.get(q.id) ?? []));
  return {
    questions: results,
    score: results.filter((r) => r.correct).length,
    total: results.length,
    credit: results.reduce((sum, r) => sum + r.credit, 0),
    lessonsToRevisit: [...new Set(results.filter((r) => !r.correct).map((r) => r.lesson))],
  };
}

/** The score of each case in a result, in the order its cases first appear. */
export function scoresByCase(result: QuizResult): CaseScore[] {
  const byCase = new Map<string, CaseScore>();
  for (const r of result.questions) {
    const entry = byCase.get(r.caseId) ?? { caseId: r.caseId, score: 0, total: 0 };
    byCase.set(r.caseId, { ...entry, score: entry.score + (r.correct ? 1 : 0), total: entry.total + 1 });
  }
  return [...byCase.values()];
}

/** "4.5": partial credit with at most one decimal, for display. */
export function formatCredit(credit: number): string {
  return String(Math.round(credit * 10) / 10);
}
