import { describe, expect, it } from 'vitest';
import { FIND_IT_QUESTIONS, ROOT_IDS } from '../../../src/data/dermatomes/index.ts';
import {
  answerQuestion, currentQuestion, feedbackText, nextQuestion, readQuestions, SERVER_SEED, startFindIt,
} from '../../../src/components/dermatomes/find-it.ts';

const start = () => startFindIt(FIND_IT_QUESTIONS, SERVER_SEED);
const wrongFor = (answer: string) => ROOT_IDS.find((r) => r !== answer && !FIND_IT_QUESTIONS.some((q) => q.answer === answer && q.alsoAccepted?.includes(r)))!;

describe('the find-it quiz', () => {
  it('starts on the server’s first question with no answer and no score', () => {
    const quiz = start();
    expect(quiz.index).toBe(0);
    expect(quiz.answer).toBeNull();
    expect(quiz.score).toEqual({ right: 0, asked: 0 });
    expect(quiz.deck).toHaveLength(FIND_IT_QUESTIONS.length);
  });

  it('scores a right answer, then a wrong one, and says which was chosen', () => {
    let quiz = answerQuestion(start(), currentQuestion(start()).answer);
    expect(quiz.answer).toMatchObject({ correct: true });
    expect(quiz.score).toEqual({ right: 1, asked: 1 });
    expect(feedbackText(currentQuestion(quiz), quiz.answer!)).toMatch(/^Right: /);

    quiz = nextQuestion(quiz, FIND_IT_QUESTIONS, 7);
    const question = currentQuestion(quiz);
    const wrong = wrongFor(question.answer);
    quiz = answerQuestion(quiz, wrong);
    expect(quiz.score).toEqual({ right: 1, asked: 2 });
    expect(feedbackText(question, quiz.answer!)).toBe(`Not quite: you chose ${wrong.replace('-', '–')}; the answer is ${question.answer.replace('-', '–')}.`);
  });

  it('counts only the first answer to a question', () => {
    const first = answerQuestion(start(), currentQuestion(start()).answer);
    const again = answerQuestion(first, wrongFor(currentQuestion(first).answer));
    expect(again).toBe(first);
  });

  it('moves on with no answer, and after the last question deals a fresh deck and keeps the score', () => {
    let quiz = start();
    for (let i = 0; i < quiz.deck.length - 1; i++) quiz = nextQuestion(answerQuestion(quiz, 'L1'), FIND_IT_QUESTIONS, 3);
    expect(quiz.index).toBe(quiz.deck.length - 1);
    expect(quiz.answer).toBeNull();
    const asked = quiz.score.asked;
    quiz = nextQuestion(answerQuestion(quiz, 'L1'), FIND_IT_QUESTIONS, 3);
    expect(quiz.index).toBe(0);
    expect(quiz.score.asked).toBe(asked + 1);
    expect(new Set(quiz.deck.map((q) => q.id))).toEqual(new Set(FIND_IT_QUESTIONS.map((q) => q.id)));
  });

  it('reads the questions back from the page’s data, and refuses anything else with a message', () => {
    expect(readQuestions(JSON.stringify(FIND_IT_QUESTIONS))).toEqual(FIND_IT_QUESTIONS);
    expect(() => readQuestions('[{"id": 1}]')).toThrow(/not readable/);
    expect(() => readQuestions('{}')).toThrow(/not readable/);
  });
});
