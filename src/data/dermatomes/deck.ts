/**
 * Playing the find-it questions: a seeded shuffle (repeatable in tests), judging an answer and
 * keeping score. No facts here, so the map's browser code stays small; questions.ts writes them.
 */
import type { RootId } from './types.ts';
import { seededShuffle } from '../../lib/seeded.ts';

export type QuestionKind = 'zone' | 'key-point' | 'skin' | 'muscle' | 'reflex' | 'disc';

export interface FindItQuestion {
  /** Stable id, e.g. "key-point-L4". */
  id: string;
  kind: QuestionKind;
  prompt: string;
  answer: RootId;
  /** Other roots also marked right, where textbooks disagree (the knee jerk: L3 or L4). */
  alsoAccepted?: readonly RootId[];
  /** 'map': answer by selecting a zone on the map; 'root': by naming a root (or selecting its zone). */
  answerBy: 'map' | 'root';
  /** Shown after answering, whatever the answer (without the root's name, which the feedback gives). */
  explain: string;
}

/** All questions in a shuffled order, the same root twice in a row only when nothing else is left. */
export function questionDeck(questions: readonly FindItQuestion[], seed: number): FindItQuestion[] {
  const deck = seededShuffle(questions, seed);
  // Then deal greedily: the next question whose root differs from the last one's, when any is left.
  const dealt: FindItQuestion[] = [];
  while (deck.length > 0) {
    const i = Math.max(0, deck.findIndex((q) => q.answer !== dealt.at(-1)?.answer));
    dealt.push(...deck.splice(i, 1));
  }
  return dealt;
}

/** True when the chosen root answers the question. */
export function isCorrect(question: FindItQuestion, chosen: RootId): boolean {
  return question.answer === chosen || (question.alsoAccepted?.includes(chosen) ?? false);
}

export interface Score { right: number; asked: number }

export function addToScore(score: Score, correct: boolean): Score {
  return { right: score.right + (correct ? 1 : 0), asked: score.asked + 1 };
}
