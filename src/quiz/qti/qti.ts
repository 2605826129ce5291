/**
 * An IMS QTI 2.1 content package for chosen cases: one assessmentItem per question (a
 * choiceInteraction with the case story, per-choice modal feedback and response processing that
 * scores it) and an imsmanifest.xml (IMS CP 1.1) listing every item, the form Canvas, Blackboard
 * and Brightspace import. Scores follow the Moodle export's weights (weights.ts): a single-answer
 * question scores 1 for the right choice; a multiple-answer one maps each choice to its share
 * (wrong ones negative), bounded to 0..1, so ticking every box scores 0. Pure: returns the files.
 */
import { EXPORT_STORY_LABELS } from '../export/html.ts';
import { STORY_PARTS } from '../labels.ts';
import { escapeXml } from '../export/moodle-xml.ts';
import { answerWeights } from '../export/weights.ts';
import type { CaseQuiz, QuizQuestion } from '../types.ts';

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
export const QTI_SCHEMA = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
export const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';


/** QTI identifiers are XML names: the question id's "/" becomes "--" (ids are otherwise lower-case words and hyphens). */
export const itemIdentifier = (question: QuizQuestion) => `item-${question.id.replace(/[^A-Za-z0-9_.-]/g, '--')}`;
/** Choice identifiers: the option id behind a letter, so every one starts as an XML name must. */
export const choiceIdentifier = (optionId: string) => `choice-${optionId.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
export const itemPath = (question: QuizQuestion) => `items/${itemIdentifier(question)}.xml`;

const score = (weightPercent: number) => String(Number((weightPercent / 100).toFixed(5)));

function feedbackText(question: QuizQuestion, feedback: string, siteUrl: string): string {
  const url = new URL(question.lesson, siteUrl).href;
  const own = feedback.trim() ? `<p>${escapeXml(feedback)}</p>` : '';
  return `${own}<p>${escapeXml(question.explanation)}</p><p>Read more: <a href="${escapeXml(url)}">${escapeXml(url)}</a></p>`;
}

export function assessmentItem(quiz: CaseQuiz, question: QuizQuestion, siteUrl: string): string {
  const weights = answerWeights(question);
  const cardinality = question.multiple ? 'multiple' : 'single';
  const right = question.options.filter((o) => o.correct).map((o) => `        <value>${choiceIdentifier(o.id)}</value>`);
  const mapping = question.multiple
    ? [
        '      <mapping lowerBound="0" upperBound="1" defaultValue="0">',
        ...question.options.map((o, i) => `        <mapEntry mapKey="${choiceIdentifier(o.id)}" mappedValue="${score(weights[i]!)}"/>`),
        '      </mapping>',
      ]
    : [];
  const scoring = question.multiple
    ? ['    <setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue>']
    : [
        '    <responseCondition>',
        '      <responseIf>',
        '        <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>',
        '        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>',
        '      </responseIf>',
        '      <responseElse>',
        '        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue>',
        '      </responseElse>',
        '    </responseCondition>',
      ];
  const story = STORY_PARTS.map((part) => `      <p><strong>${EXPORT_STORY_LABELS[part]}:</strong> ${escapeXml(quiz.story[part])}</p>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NAMESPACE} ${QTI_SCHEMA}"`,
    `  identifier="${itemIdentifier(question)}" title="${escapeXml(`${quiz.title}: ${question.kind}`)}" adaptive="false" timeDependent="false">`,
    `  <responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="identifier">`,
    '    <correctResponse>',
    ...right,
    '    </correctResponse>',
    ...mapping.map((line) => line.slice(2)),
    '  </responseDeclaration>',
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">',
    '    <defaultValue><value>0</value></defaultValue>',
    '  </outcomeDeclaration>',
    '  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float">',
    '    <defaultValue><value>1</value></defaultValue>',
    '  </outcomeDeclaration>',
    `  <outcomeDeclaration identifier="FEEDBACK" cardinality="${cardinality}" baseType="identifier"/>`,
    '  <itemBody>',
    '    <div>',
    ...story,
    '    </div>',
    `    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="${question.multiple ? 0 : 1}">`,
    `      <prompt>${escapeXml(question.prompt)}</prompt>`,
    ...question.options.map((o) => `      <simpleChoice identifier="${choiceIdentifier(o.id)}">${escapeXml(o.text)}</simpleChoice>`),
    '    </choiceInteraction>',
    '  </itemBody>',
    '  <responseProcessing>',
    ...scoring,
    '    <setOutcomeValue identifier="FEEDBACK"><variable identifier="RESPONSE"/></setOutcomeValue>',
    '  </responseProcessing>',
    ...question.options.map(
      (o) =>
        `  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="${choiceIdentifier(o.id)}" showHide="show">${feedbackText(question, o.feedback, siteUrl)}</modalFeedback>`,
    ),
    '</assessmentItem>',
    '',
  ].join('\n');
}

function manifest(items: readonly { question: QuizQuestion; path: string }[]): string {
  const resources = items.map(
    ({ question, path }) =>
      `    <resource identifier="res-${itemIdentifier(question)}" type="imsqti_item_xmlv2p1" href="${path}">\n      <file href="${path}"/>\n    </resource>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NAMESPACE}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NAMESPACE} http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="sciatic-atlas-qti">`,
    '  <metadata>',
    '    <schema>QTIv2.1 Package</schema>',
    '    <schemaversion>1.0.0</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    ...resources,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** Every file of the package by path: imsmanifest.xml and items/<id>.xml per question, in case order. */
export function qtiPackageFiles(quizzes: readonly CaseQuiz[], siteUrl: string): Record<string, string> {
  const items = quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ quiz, question, path: itemPath(question) })));
  const files: Record<string, string> = { 'imsmanifest.xml': manifest(items) };
  for (const { quiz, question, path } of items) files[path] = assessmentItem(quiz, question, siteUrl);
  return files;
}
