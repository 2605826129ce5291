import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { choiceIdentifier, itemIdentifier, itemPath, qtiPackageFiles } from '../../../src/quiz/qti/qti.ts';
import { answerWeights } from '../../../src/quiz/export/weights.ts';
import type { CaseQuiz } from '../../../src/quiz/types.ts';
import { FIXTURE_QUIZZES } from './quiz-fixtures.ts';
import { realCaseQuizzes } from '../helpers/cases.ts';

// The QTI 2.1 package parsed back with a real XML parser: every item, answer, score and feedback
// must come out as the quiz has it. (The QTI 2.1 XSD could not be obtained here; see the README.)

const SITE = 'https://atlas.example.edu';
const decodeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  isArray: (name) => ['simpleChoice', 'modalFeedback', 'value', 'mapEntry', 'p', 'resource'].includes(name),
  stopNodes: ['*.modalFeedback', '*.itemBody.div.p'],
});

interface ReadItem {
  identifier: string;
  cardinality: string;
  correct: string[];
  mapping: Map<string, number> | undefined;
  prompt: string;
  maxChoices: string;
  choices: { id: string; text: string }[];
  feedback: Map<string, string>;
  story: string[];
  scoring: 'match' | 'map';
}

function readItem(xml: string): ReadItem {
  expect(() => SyntaxValidator.validate(xml)).not.toThrow();
  const item = parser.parse(xml).assessmentItem;
  expect(item.xmlns).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
  const declaration = item.responseDeclaration;
  const interaction = item.itemBody.choiceInteraction;
  const entries = declaration.mapping?.mapEntry as { mapKey: string; mappedValue: string }[] | undefined;
  expect(item.outcomeDeclaration.map((o: { identifier: string }) => o.identifier)).toEqual(['SCORE', 'MAXSCORE', 'FEEDBACK']);
  return {
    identifier: item.identifier,
    cardinality: declaration.cardinality,
    correct: declaration.correctResponse.value,
    mapping: entries && new Map(entries.map((e) => [e.mapKey, Number(e.mappedValue)])),
    prompt: decodeXml(interaction.prompt),
    maxChoices: interaction.maxChoices,
    choices: interaction.simpleChoice.map((c: { identifier: string; '#text': string }) => ({ id: c.identifier, text: decodeXml(c['#text'] ?? '') })),
    feedback: new Map(item.modalFeedback.map((f: { identifier: string; '#text': string }) => [f.identifier, f['#text']])),
    story: item.itemBody.div.p.map((p: string) => p),
    scoring: item.responseProcessing.responseCondition ? 'match' : 'map',
  };
}

function expectPackageSurvives(quizzes: readonly CaseQuiz[]): void {
  const files = qtiPackageFiles(quizzes, SITE);
  const questions = quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ quiz, question })));
  expect(Object.keys(files)).toEqual(['imsmanifest.xml', ...questions.map(({ question }) => itemPath(question))]);

  const manifest = parser.parse(files['imsmanifest.xml']!).manifest;
  expect(manifest.xmlns).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
  expect(manifest.resources.resource.map((r: { href: string; type: string }) => [r.type, r.href])).toEqual(
    questions.map(({ question }) => ['imsqti_item_xmlv2p1', itemPath(question)]),
  );

  for (const { quiz, question } of questions) {
    const where = question.id;
    const item = readItem(files[itemPath(question)]!);
    expect(item.identifier, where).toBe(itemIdentifier(question));
    expect(item.identifier, where).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
    expect(item.prompt, where).toBe(question.prompt);
    expect(item.cardinality, where).toBe(question.multiple ? 'multiple' : 'single');
    expect(item.maxChoices, where).toBe(question.multiple ? '0' : '1');
    expect(item.choices, where).toEqual(question.options.map((o) => ({ id: choiceIdentifier(o.id), text: o.text })));
    expect(item.correct, where).toEqual(question.options.filter((o) => o.correct).map((o) => choiceIdentifier(o.id)));
    expect(item.scoring, where).toBe(question.multiple ? 'map' : 'match');
    if (question.multiple) {
      const weights = answerWeights(question);
      question.options.forEach((o, i) => expect(item.mapping!.get(choiceIdentifier(o.id)), `${where} ${o.id}`).toBeCloseTo(weights[i]! / 100, 5));
    } else {
      expect(item.mapping, where).toBeUndefined();
    }
    for (const o of question.options) {
      const feedback = decodeXml(item.feedback.get(choiceIdentifier(o.id)) ?? '');
      if (o.feedback.trim()) expect(feedback, `${where} feedback ${o.id}`).toContain(`<p>${o.feedback}</p>`);
      expect(feedback, `${where} explanation`).toContain(question.explanation);
      expect(feedback, `${where} lesson link`).toContain(new URL(question.lesson, SITE).href);
    }
    expect(item.story.map(decodeXml).join('\n'), where).toContain(quiz.story.history);
  }
}

describe('QTI 2.1 content package', () => {
  it('survives every character XML and HTML treat specially', () => {
    expectPackageSurvives(FIXTURE_QUIZZES);
  });

  it('every real case, every question, parses back with its answers, scores and feedback', () => {
    expectPackageSurvives(realCaseQuizzes());
  });

  it('a single-answer item scores 1 only on the right choice; a multiple one maps shares so all-ticked scores 0', () => {
    const drivers = realCaseQuizzes().flatMap((q) => q.questions).find((q) => q.multiple && q.options.some((o) => !o.correct))!;
    const files = qtiPackageFiles([realCaseQuizzes().find((q) => q.caseId === drivers.caseId)!], SITE);
    const item = readItem(files[itemPath(drivers)]!);
    const total = [...item.mapping!.values()].reduce((a, b) => a + b, 0);
    const rightOnly = drivers.options.filter((o) => o.correct).reduce((sum, o) => sum + item.mapping!.get(choiceIdentifier(o.id))!, 0);
    expect(rightOnly).toBeCloseTo(1, 4);
    expect(total).toBeCloseTo(0, 4);
  });
});
