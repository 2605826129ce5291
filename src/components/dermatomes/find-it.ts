/**
 * The find-it quiz as plain state: a shuffled deck of the questions, the answer to the current one
 * and the score. Every change returns a new state, so it is tested without a browser.
 */
import { addToScore, isCorrect, questionDeck, type FindItQuestion, type Score } from '../../data/dermatomes/deck.ts';
import { rootLabel, type RootId } from '../../data/dermatomes/types.ts';

export interface FindItAnswer { chosen: RootId; correct: boolean }

export interface FindIt {
  readonly deck: readonly FindItQuestion[];
  readonly index: number;
  readonly answer: FindItAnswer | null;
  readonly score: Score;
}

/** Seed 1 is the order the server renders; a reader's first visit to the mode reshuffles. */
export const SERVER_SEED = 1;

export const freshSeed = (): number => Math.floor(Math.random() * 2 ** 31);

export function startFindIt(questions: readonly FindItQuestion[], seed: number): FindIt {
  return { deck: questionDeck(questions, seed), index: 0, answer: null, score: { right: 0, asked: 0 } };
}

export const currentQuestion = (quiz: FindIt): FindItQuestion => quiz.deck[quiz.index]!;

/** Judges a choice; an already answered question keeps its first answer (and the score). */
export function answerQuestion(quiz: FindIt, chosen: RootId): FindIt {
  if (quiz.answer) return quiz;
  const correct = isCorrect(currentQuestion(quiz), chosen);
  return { ...quiz, answer: { chosen, correct }, score: addToScore(quiz.score, correct) };
}

/** The next question; after the last one, a fresh shuffle of the deck (the score carries on). */
export function nextQuestion(quiz: FindIt, questions: readonly FindItQuestion[], seed: number): FindIt {
  if (quiz.index + 1 < quiz.deck.length) return { ...quiz, index: quiz.index + 1, answer: null };
  return { ...quiz, deck: questionDeck(questions, seed), index: 0, answer: null };
}

/** What the feedback box says after an answer (the mark is shown, not read out). */
export function feedbackText(question: FindItQuestion, answer: FindItAnswer): string {
  const right = rootLabel(question.answer);
  return answer.correct ? `Right: ${right}.` : `Not quite: you chose ${rootLabel(answer.chosen)}; the answer is ${right}.`;
}

/** The find-it questions as the server wrote them into the page (data-questions), checked on the way in. */
export function readQuestions(json: string | undefined): FindItQuestion[] {
  const value: unknown = JSON.parse(json ?? '[]');
  if (!Array.isArray(value) || !value.every(isQuestion)) throw new Error('The map’s find-it questions on this page are not readable.');
  return value;
}

const isQuestion = (q: unknown): q is FindItQuestion =>
  typeof q === 'object' && q !== null &&
  ['id', 'kind', 'prompt', 'answer', 'answerBy', 'explain'].every((key) => typeof (q as Record<string, unknown>)[key] === 'string');
