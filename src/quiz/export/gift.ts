import type { CaseQuiz, QuizQuestion } from '../types.ts';
import { categoryPath, escapeHtml, generalFeedbackHtml, questionName, questionTags, questionTextHtml, type ExportOptions } from './html.ts';
import { answerWeights, formatWeight } from './weights.ts';

/**
 * GIFT, Moodle's plain-text question format (also read by other LMSs and quiz tools). One
 * multiple-choice question per quiz question, in [html] format so the story keeps its paragraphs:
 *
 *   // [id:case/kind] [tag:…]
 *   ::Case title: prompt::[html]<p>…</p>{
 *   =right#feedback            (single answer)
 *   ~%50%right#feedback        (multiple answer: weights, wrong ones negative)
 *   ####general feedback
 *   }
 */

/** GIFT's own escapes: \ ~ = # { } : get a backslash, a line break becomes \n (a blank line would end the question). */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** An answer or feedback text: HTML-escaped, then GIFT-escaped. A leading "%" or "[" is written
 *  as an HTML entity so it cannot be read as a weight or a format marker. */
function giftHtml(text: string): string {
  return escapeGift(escapeHtml(text).replace(/^%/, '&#37;').replace(/^\[/, '&#91;'));
}

function giftQuestion(quiz: CaseQuiz, question: QuizQuestion, options: ExportOptions): string {
  const weights = answerWeights(question);
  const header = `// [id:${question.id}] ${questionTags(quiz, question).map((t) => `[tag:${t}]`).join(' ')}`;
  const answers = question.options.map((option, i) => {
    const mark = question.multiple ? `~%${formatWeight(weights[i]!)}%` : option.correct ? '=' : '~';
    const feedback = option.feedback.trim() ? `#${giftHtml(option.feedback)}` : '';
    return `${mark}${giftHtml(option.text)}${feedback}`;
  });
  return [
    header,
    `::${escapeGift(questionName(quiz, question))}::[html]${escapeGift(questionTextHtml(quiz, question))}{`,
    ...answers,
    `####${escapeGift(generalFeedbackHtml(question, options))}`,
    '}',
  ].join('\n');
}

/** The GIFT file for these cases, every question of each, in the order given. */
export function toGift(quizzes: readonly CaseQuiz[], options: ExportOptions): string {
  const blocks = [
    `// Sciatic Atlas case quizzes: ${quizzes.length} case${quizzes.length === 1 ? '' : 's'}. Import in Moodle: Question bank > Import > GIFT format.`,
    '// GIFT has no way to fix the answer order, so Moodle shuffles every answer list; for Moodle, the Moodle XML file keeps the urgency scale in order.',
    '// Import this file once, into a new, empty category: importing it again makes duplicate questions.',
    `$CATEGORY: ${categoryPath(options)}`,
    ...quizzes.flatMap((quiz) => quiz.questions.map((q) => giftQuestion(quiz, q, options))),
  ];
  return `${blocks.join('\n\n')}\n`;
}
