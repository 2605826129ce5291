import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIND_IT_QUESTIONS, ROOT_IDS, addToScore, isCorrect, questionDeck, rootById, rootForKeyPoint, type FindItQuestion,
} from '../../../src/data/dermatomes/index.ts';

const byId = (id: string) => FIND_IT_QUESTIONS.find((q) => q.id === id)!;

describe('find-it questions, written from the facts', () => {
  it('asks each root as a zone to select on the map and as a key sensory point', () => {
    for (const root of ROOT_IDS) {
      expect(byId(`zone-${root}`)).toMatchObject({ answer: root, answerBy: 'map' });
      expect(byId(`key-point-${root}`)).toMatchObject({ answer: root, answerBy: 'root' });
    }
    expect(byId('zone-S1').prompt).toBe('Select the S1 dermatome on the map.');
  });

  it('agrees with the facts: key points, muscles, reflexes and disc levels', () => {
    for (const q of FIND_IT_QUESTIONS.filter((q) => q.kind === 'key-point')) {
      expect(rootForKeyPoint(rootById(q.answer).keyPoint.name)).toBe(q.answer);
    }
    expect(byId('key-point-L4').prompt).toMatch(/medial malleolus/);
    expect(byId('muscle-L4').prompt).toMatch(/ankle dorsiflexors/);
    expect(byId('reflex-S1').prompt).toMatch(/achilles/i);
    expect(byId('reflex-L4').prompt).toMatch(/patellar/i);
    expect(byId('disc-L5').prompt).toMatch(/L4\/5/);
    expect(byId('disc-S1').prompt).toMatch(/L5\/S1/);
    expect(byId('disc-L4').prompt).toMatch(/L3\/4/);
  });

  it('has unique ids and prompts, and only questions with one fair answer', () => {
    expect(new Set(FIND_IT_QUESTIONS.map((q) => q.id)).size).toBe(FIND_IT_QUESTIONS.length);
    expect(new Set(FIND_IT_QUESTIONS.map((q) => q.prompt)).size).toBe(FIND_IT_QUESTIONS.length);
    // The medial hamstring reflex is less established: no question treats it as settled.
    expect(FIND_IT_QUESTIONS.some((q) => /hamstring/i.test(q.prompt))).toBe(false);
    // Explanations leave the root's name to the feedback line.
    for (const q of FIND_IT_QUESTIONS) expect(q.explain.startsWith(q.answer)).toBe(false);
  });
});

describe('the deck', () => {
  it('deals a fixed order for a seed, the same root twice running only at the end (golden)', () => {
    // Eight made-up questions, so the expected decks pin the dealing, not the question data.
    const roots = ['L4', 'L4', 'L4', 'L5', 'L5', 'S1', 'S1', 'S1'] as const;
    const questions: FindItQuestion[] = roots.map((answer, i) => ({
      id: `q${i + 1}-${answer}`, kind: 'zone', prompt: `Question ${i + 1}`, answer, answerBy: 'map', explain: 'Why.',
    }));
    const ids = (seed: number) => questionDeck(questions, seed).map((q) => q.id);
    expect(ids(42)).toEqual(['q3-L4', 'q8-S1', 'q2-L4', 'q7-S1', 'q1-L4', 'q6-S1', 'q4-L5', 'q5-L5']);
    expect(ids(43)).toEqual(['q7-S1', 'q3-L4', 'q6-S1', 'q5-L5', 'q1-L4', 'q4-L5', 'q2-L4', 'q8-S1']);
  });

  it('is a shuffle of every real question', () => {
    const deck = questionDeck(FIND_IT_QUESTIONS, 42).map((q) => q.id);
    expect(deck).not.toEqual(FIND_IT_QUESTIONS.map((q) => q.id));
    expect([...deck].sort()).toEqual(FIND_IT_QUESTIONS.map((q) => q.id).sort());
  });

  it('is a permutation for any seed, asking the same root twice running only at the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const deck = questionDeck(FIND_IT_QUESTIONS, seed);
        expect(deck.map((q) => q.id).sort()).toEqual(FIND_IT_QUESTIONS.map((q) => q.id).sort());
        // A root comes twice running only at the very end, when nothing else is left.
        const first = deck.findIndex((q, i) => i > 0 && q.answer === deck[i - 1]!.answer);
        if (first > 0) expect(new Set(deck.slice(first - 1).map((q) => q.answer)).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('scores right and wrong answers', () => {
    const q = byId('key-point-L4');
    expect(isCorrect(q, 'L4')).toBe(true);
    expect(isCorrect(q, 'L5')).toBe(false);
    const score = addToScore(addToScore({ right: 0, asked: 0 }, true), false);
    expect(score).toEqual({ right: 1, asked: 2 });
  });
});
