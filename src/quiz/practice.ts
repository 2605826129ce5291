/**
 * Drawing a practice set: cases that have any of the chosen topics (none chosen: any topic), in a
 * random order, as many as asked for or as many as there are. Pure: the caller passes the random
 * source, so a test can fix it and the page can use Math.random.
 *
 *   drawPracticeSet(quizzes, { size: 5, topics: ['piriformis'] }, Math.random)  // { quizzes, available }
 */
import type { CaseQuiz } from './types.ts';

export interface PracticeChoice {
  size: number;
  topics: readonly string[];
}

export interface PracticeSet {
  quizzes: CaseQuiz[];
  /** How many cases matched the topics: fewer than `size` means the set is smaller than asked. */
  available: number;
}

export const PRACTICE_SIZES = [3, 5, 10] as const;

export function drawPracticeSet(quizzes: readonly CaseQuiz[], choice: PracticeChoice, random: () => number): PracticeSet {
  const wanted = new Set(choice.topics);
  const pool = quizzes.filter((quiz) => wanted.size === 0 || quiz.topics.some((t) => wanted.has(t)));
  const shuffled = [...pool];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const size = Number.isInteger(choice.size) && choice.size > 0 ? choice.size : 0;
  return { quizzes: shuffled.slice(0, size), available: pool.length };
}
