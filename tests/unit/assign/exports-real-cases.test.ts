import { describe, expect, it } from 'vitest';
import { toGift } from '../../../src/quiz/export/gift.ts';
import { toMoodleXml } from '../../../src/quiz/export/moodle-xml.ts';
import { expectGiftSurvives, expectMoodleXmlSurvives } from './export-checks.ts';
import { realCaseQuizzes } from '../helpers/cases.ts';

// The library as it ships: every case, every question, through both formats and back.
const quizzes = realCaseQuizzes();
const options = { siteUrl: 'https://atlas.example.edu', category: 'All cases' };

describe('exports of every real case', () => {
  it('there are cases to export', () => {
    expect(quizzes.length).toBeGreaterThan(0);
  });

  it('GIFT: gift-pegjs reads back every question, answer, weight and feedback', () => {
    expectGiftSurvives(toGift(quizzes, options), quizzes, options);
  });

  it('Moodle XML: fast-xml-parser reads back every question, answer, fraction and feedback', () => {
    expectMoodleXmlSurvives(toMoodleXml(quizzes, options), quizzes, options);
  });

  for (const quiz of quizzes) {
    it(`${quiz.caseId}: exports on its own`, () => {
      expectGiftSurvives(toGift([quiz], options), [quiz], options);
      expectMoodleXmlSurvives(toMoodleXml([quiz], options), [quiz], options);
    });
  }
});
