/** State of the find-it quiz: a shuffled deck of questions from the data, the answer, the score. */
import { useCallback, useState } from 'preact/hooks';
import { addToScore, isCorrect, questionDeck, type FindItQuestion, type Score } from '../../data/dermatomes/deck.ts';
import type { RootId } from '../../data/dermatomes/types.ts';

export interface FindItAnswer { chosen: RootId; correct: boolean }

export interface FindIt {
  question: FindItQuestion;
  answer: FindItAnswer | null;
  score: Score;
  /** 1-based position in the deck, and the deck's length. */
  position: number;
  total: number;
  /** Judges a choice; returns the result, or null when the question was already answered. */
  answerWith: (root: RootId) => FindItAnswer | null;
  next: () => void;
  restart: () => void;
}

const freshSeed = (): number => Math.floor(Math.random() * 2 ** 31);

export function useFindIt(questions: readonly FindItQuestion[]): FindIt {
  // Seed 1 on the server and the first client render, so hydration matches; restart() reshuffles.
  const [deck, setDeck] = useState(() => questionDeck(questions, 1));
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<FindItAnswer | null>(null);
  const [score, setScore] = useState<Score>({ right: 0, asked: 0 });
  const question = deck[index]!;

  const answerWith = useCallback(
    (root: RootId) => {
      if (answer) return null;
      const result = { chosen: root, correct: isCorrect(question, root) };
      setAnswer(result);
      setScore((s) => addToScore(s, result.correct));
      return result;
    },
    [answer, question],
  );
  const next = useCallback(() => {
    setAnswer(null);
    if (index + 1 < deck.length) setIndex(index + 1);
    else {
      setDeck(questionDeck(questions, freshSeed()));
      setIndex(0);
    }
  }, [index, deck.length, questions]);
  const restart = useCallback(() => {
    setDeck(questionDeck(questions, freshSeed()));
    setIndex(0);
    setAnswer(null);
    setScore({ right: 0, asked: 0 });
  }, [questions]);

  return { question, answer, score, position: index + 1, total: deck.length, answerWith, next, restart };
}
