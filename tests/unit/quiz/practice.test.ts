import { describe, expect, it } from 'vitest';
import { drawPracticeSet } from '../../../src/quiz/practice.ts';
import { seededRandom } from '../../../src/lib/seeded.ts';
import type { CaseQuiz } from '../../../src/quiz/types.ts';

const quiz = (caseId: string, topics: string[]): CaseQuiz => ({
  caseId, title: caseId, topics, difficulty: 'foundation', lessons: [], questions: [],
  story: { client: '', history: '', reports: '', assessment: '' },
});
const all = [quiz('a', ['emergency']), quiz('b', ['piriformis']), quiz('c', ['emergency', 'dermatomes']), quiz('d', ['referral']), quiz('e', ['piriformis', 'referral'])];

describe('drawing a practice set', () => {
  it('draws the asked number of distinct cases from any topic when none is chosen', () => {
    const set = drawPracticeSet(all, { size: 3, topics: [] }, seededRandom('x'));
    expect(set.quizzes).toHaveLength(3);
    expect(new Set(set.quizzes.map((q) => q.caseId)).size).toBe(3);
    expect(set.available).toBe(5);
  });

  it('keeps only cases with any chosen topic, and says when fewer match than asked', () => {
    const set = drawPracticeSet(all, { size: 5, topics: ['piriformis', 'dermatomes'] }, seededRandom('y'));
    expect(set.quizzes.map((q) => q.caseId).sort()).toEqual(['b', 'c', 'e']);
    expect(set.available).toBe(3);
  });

  it('draws nothing for an unknown topic or a size that is not a positive whole number', () => {
    expect(drawPracticeSet(all, { size: 3, topics: ['nope'] }, Math.random).quizzes).toEqual([]);
    expect(drawPracticeSet(all, { size: Number.NaN, topics: [] }, Math.random).quizzes).toEqual([]);
    expect(drawPracticeSet(all, { size: -2, topics: [] }, Math.random).quizzes).toEqual([]);
  });

  it('shuffles: different random sources give different orders', () => {
    const orders = new Set(['1', '2', '3', '4', '5', '6'].map((seed) => drawPracticeSet(all, { size: 5, topics: [] }, seededRandom(seed)).quizzes.map((q) => q.caseId).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});
