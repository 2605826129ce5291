import { escapeHtml } from '../escape.ts';
import { STORY_PARTS, type StoryPart } from '../labels.ts';
import type { CaseQuiz, QuizQuestion } from '../types.ts';

/**
 * The HTML that both LMS exports put in a question: the case story, the prompt, the feedback with
 * a link to the lesson section. Every piece of case text is escaped here, once, so the exports
 * only add their own format's escaping on top.
 */

export interface ExportOptions {
  /** The site's address, so feedback links work from inside the LMS, e.g. "https://atlas.example.edu". */
  siteUrl: string;
  /** Question-bank category the questions land in, below "Sciatic Atlas" (an assignment's title). */
  category?: string;
}

export { escapeHtml };

/** The labels every export gives the story's parts: shorter than the site's, as the LMS shows them inline. */
export const EXPORT_STORY_LABELS: Readonly<Record<StoryPart, string>> = {
  client: 'Client',
  history: 'History',
  reports: 'What they report',
  assessment: 'What you find',
};

/** The story, then the prompt, as the question text. Each question carries the whole story so it
 *  still makes sense when the LMS shuffles questions or draws them at random. */
export function questionTextHtml(quiz: CaseQuiz, question: QuizQuestion): string {
  const story = STORY_PARTS.map((part) => `<p><strong>${EXPORT_STORY_LABELS[part]}:</strong> ${escapeHtml(quiz.story[part])}</p>`).join('');
  return `${story}<p><strong>${escapeHtml(question.prompt)}</strong></p>`;
}

/** The rule that decides the answer, with a link back to the lesson section that teaches it. */
export function generalFeedbackHtml(question: QuizQuestion, options: ExportOptions): string {
  const url = new URL(question.lesson, options.siteUrl).href;
  return `<p>${escapeHtml(question.explanation)}</p><p>Read more: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
}

const KIND_NAMES: Readonly<Record<QuizQuestion['kind'], string>> = {
  urgency: 'urgency',
  source: 'most likely source',
  drivers: 'deciding findings',
  anatomy: 'anatomy',
};

/** The question's name in the question bank, "Case title: urgency": short, so the bank's list and
 *  the quiz's question list stay readable (the prompt itself is in the question text). */
export function questionName(quiz: CaseQuiz, question: QuizQuestion): string {
  return `${quiz.title}: ${KIND_NAMES[question.kind]}`;
}

/** The category path, with characters that would make sub-categories or break a line taken out. */
export function categoryPath(options: ExportOptions): string {
  const extra = options.category?.replace(/[/\\$\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').trim();
  return `$course$/top/Sciatic Atlas${extra ? `/${extra}` : ''}`;
}

/** Tags a question carries in the bank, so instructors can filter by them. */
export function questionTags(quiz: CaseQuiz, question: QuizQuestion): string[] {
  return ['sciatic-atlas', `case-${quiz.caseId}`, question.kind, quiz.difficulty, ...quiz.topics];
}
