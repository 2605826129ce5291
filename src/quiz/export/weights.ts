import type { QuizQuestion } from '../types.ts';

/**
 * Per-answer weights in percent, as GIFT and Moodle XML carry them. A single-answer question gives
 * 100 for the right option and 0 for the others. A multiple-answer question splits 100 among its
 * right options and -100 among its wrong ones, so ticking every box scores 0, not full marks.
 * Moodle only accepts weights from its own grade list (100/n for n up to 10, and a few others);
 * a question whose split falls outside it fails the export with a message naming it, rather than
 * producing a file Moodle refuses on import.
 */

/** Moodle's answer grades in percent (question_bank::fraction_options_full), positive side. */
export const MOODLE_GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0] as const;

/** Rounded as Moodle writes its grades (at most 5 decimals) so the value lands on its list. */
function share(count: number): number {
  return Number((100 / count).toFixed(5));
}

function onMoodleList(weight: number): boolean {
  return MOODLE_GRADES.some((grade) => Math.abs(grade - Math.abs(weight)) < 1e-6);
}

export function answerWeights(question: QuizQuestion): number[] {
  const right = question.options.filter((o) => o.correct).length;
  const wrong = question.options.length - right;
  if (right === 0) throw new Error(`question ${question.id} has no right option`);
  if (!question.multiple && right !== 1) throw new Error(`question ${question.id} is single-answer but has ${right} right options`);
  const weights = question.options.map((o) => (question.multiple ? (o.correct ? share(right) : -share(wrong)) : o.correct ? 100 : 0));
  const odd = weights.find((w) => !onMoodleList(w));
  if (odd !== undefined) {
    throw new Error(`question ${question.id}: ${right} right and ${wrong} wrong options give a weight of ${odd}%, which Moodle cannot import`);
  }
  return weights;
}

/** A weight as both formats write it: "100", "50", "-33.33333". */
export function formatWeight(weight: number): string {
  return String(Number(weight.toFixed(5)));
}
