import { expect } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse, type GIFTQuestion, type MultipleChoice } from 'gift-pegjs';
import type { CaseQuiz } from '../../../src/quiz/types.ts';
import { categoryPath, generalFeedbackHtml, questionName, questionTags, questionTextHtml, type ExportOptions } from '../../../src/quiz/export/html.ts';
import { answerWeights } from '../../../src/quiz/export/weights.ts';
import { decodeHtml } from './quiz-fixtures.ts';

/**
 * Shared by the fixture tests and the real-case tests: parse an export with a real parser and check
 * that every question, every answer with its weight, and every feedback survived unchanged.
 */

const questionsOf = (quizzes: readonly CaseQuiz[]) => quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ quiz, question })));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function expectGiftSurvives(gift: string, quizzes: readonly CaseQuiz[], options: ExportOptions): void {
  const items: GIFTQuestion[] = parse(gift);
  expect(items[0]).toEqual({ type: 'Category', title: categoryPath(options) });
  const parsed = items.slice(1);
  const expected = questionsOf(quizzes);
  expect(parsed).toHaveLength(expected.length);
  expected.forEach(({ quiz, question }, n) => {
    const item = parsed[n] as MultipleChoice;
    const where = `GIFT question ${question.id}`;
    expect(item.type, where).toBe('MC');
    expect(item.id, where).toBe(question.id);
    expect(item.tags, where).toEqual(questionTags(quiz, question));
    expect(item.title, where).toBe(questionName(quiz, question));
    expect(item.stem, where).toEqual({ format: 'html', text: questionTextHtml(quiz, question) });
    expect(item.globalFeedback, where).toEqual({ format: 'html', text: generalFeedbackHtml(question, options) });
    expect(item.choices, where).toHaveLength(question.options.length);
    const weights = answerWeights(question);
    question.options.forEach((option, i) => {
      const choice = item.choices[i]!;
      expect(decodeHtml(choice.text.text), `${where} option ${option.id}`).toBe(option.text);
      expect(choice.feedback === null ? '' : decodeHtml(choice.feedback.text), `${where} feedback ${option.id}`).toBe(option.feedback);
      if (question.multiple) expect(choice.weight, `${where} weight ${option.id}`).toBeCloseTo(weights[i]!, 5);
      else {
        expect(choice.isCorrect, `${where} right ${option.id}`).toBe(option.correct);
        expect(choice.weight).toBeNull();
      }
    });
    if (question.multiple) {
      const got = item.choices.map((c) => c.weight ?? 0);
      expect(sum(got.filter((w) => w > 0)), `${where} right weights`).toBeCloseTo(100, 3);
      got.forEach((w, i) => expect(w < 0, `${where} wrong weight ${i}`).toBe(!question.options[i]!.correct));
    }
  });
}

interface XmlText { text: string; format?: string }
interface XmlAnswer { fraction: string; format: string; text: string; feedback: XmlText }
interface XmlQuestion {
  type: string;
  name: { text: string };
  questiontext: XmlText;
  generalfeedback: XmlText;
  idnumber: string;
  single: string;
  answer: XmlAnswer[];
  tags: { tag: { text: string }[] };
  category?: { text: string };
}

export function expectMoodleXmlSurvives(xml: string, quizzes: readonly CaseQuiz[], options: ExportOptions): void {
  expect(() => SyntaxValidator.validate(xml)).not.toThrow();
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ['question', 'answer', 'tag'].includes(name),
  });
  const doc = parser.parse(xml) as { quiz: { question: XmlQuestion[] } };
  const [category, ...parsed] = doc.quiz.question;
  expect(category!.type).toBe('category');
  expect(category!.category!.text).toBe(categoryPath(options));
  const expected = questionsOf(quizzes);
  expect(parsed).toHaveLength(expected.length);
  expected.forEach(({ quiz, question }, n) => {
    const item = parsed[n]!;
    const where = `Moodle XML question ${question.id}`;
    expect(item.type, where).toBe('multichoice');
    expect(item.name.text, where).toBe(questionName(quiz, question));
    expect(item.idnumber, where).toBe(question.id);
    expect(item.single, where).toBe(question.multiple ? 'false' : 'true');
    expect(item.questiontext, where).toEqual({ format: 'html', text: questionTextHtml(quiz, question) });
    expect(item.generalfeedback, where).toEqual({ format: 'html', text: generalFeedbackHtml(question, options) });
    expect(item.tags.tag.map((t) => t.text), where).toEqual(questionTags(quiz, question));
    expect(item.answer, where).toHaveLength(question.options.length);
    const weights = answerWeights(question);
    question.options.forEach((option, i) => {
      const answer = item.answer[i]!;
      expect(decodeHtml(answer.text), `${where} option ${option.id}`).toBe(option.text);
      expect(Number(answer.fraction), `${where} fraction ${option.id}`).toBeCloseTo(weights[i]!, 5);
      expect(decodeHtml(answer.feedback.text.replace(/^<p>|<\/p>$/g, '')), `${where} feedback ${option.id}`).toBe(option.feedback);
    });
    const positive = item.answer.map((a) => Number(a.fraction)).filter((f) => f > 0);
    expect(sum(positive), `${where} right fractions`).toBeCloseTo(100, 3);
  });
}
