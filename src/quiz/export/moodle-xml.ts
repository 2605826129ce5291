import type { CaseQuiz, QuizQuestion } from '../types.ts';
import { categoryPath, escapeHtml, generalFeedbackHtml, questionName, questionTags, questionTextHtml, type ExportOptions } from './html.ts';
import { answerWeights, formatWeight } from './weights.ts';

/**
 * Moodle XML: a <quiz> with a category and one <question type="multichoice"> per quiz question.
 * Text is escaped for XML (no CDATA, so no "]]>" edge case); the HTML inside is escaped once more
 * by html.ts, so "&" in a story arrives in Moodle as "&amp;" in the HTML and shows as "&".
 */

// XML 1.0 cannot hold most control characters at all, even escaped: drop them.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const text = (value: string) => `<text>${escapeXml(value)}</text>`;
const html = (tag: string, value: string, indent: string) => `${indent}<${tag} format="html">${text(value)}</${tag}>`;

function xmlQuestion(quiz: CaseQuiz, question: QuizQuestion, options: ExportOptions): string {
  const weights = answerWeights(question);
  const answers = question.options.map((option, i) =>
    [
      `    <answer fraction="${formatWeight(weights[i]!)}" format="html">`,
      `      ${text(escapeHtml(option.text))}`,
      html('feedback', option.feedback.trim() ? `<p>${escapeHtml(option.feedback)}</p>` : '', '      '),
      '    </answer>',
    ].join('\n'),
  );
  return [
    '  <question type="multichoice">',
    `    <name>${text(questionName(quiz, question))}</name>`,
    html('questiontext', questionTextHtml(quiz, question), '    '),
    html('generalfeedback', generalFeedbackHtml(question, options), '    '),
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(question.id)}</idnumber>`,
    `    <single>${question.multiple ? 'false' : 'true'}</single>`,
    // Urgency options form a scale (most to least urgent): keep them in that order.
    `    <shuffleanswers>${question.kind === 'urgency' ? 'false' : 'true'}</shuffleanswers>`,
    '    <answernumbering>abc</answernumbering>',
    '    <showstandardinstruction>1</showstandardinstruction>',
    html('correctfeedback', '<p>Right.</p>', '    '),
    html('partiallycorrectfeedback', '<p>Partly right: see the feedback on each choice.</p>', '    '),
    html('incorrectfeedback', '<p>Not right: see the feedback on each choice.</p>', '    '),
    '    <shownumcorrect/>',
    ...answers,
    `    <tags>${questionTags(quiz, question).map((t) => `<tag>${text(t)}</tag>`).join('')}</tags>`,
    '  </question>',
  ].join('\n');
}

/** The Moodle XML file for these cases, every question of each, in the order given. */
export function toMoodleXml(quizzes: readonly CaseQuiz[], options: ExportOptions): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    `  <question type="category"><category>${text(categoryPath(options))}</category><info format="html"><text></text></info></question>`,
    ...quizzes.flatMap((quiz) => quiz.questions.map((q) => xmlQuestion(quiz, q, options))),
    '</quiz>',
    '',
  ].join('\n');
}
