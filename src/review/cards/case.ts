import { caseGroup, type ReviewCard } from '../card.ts';
import type { CaseQuiz } from '../../quiz/types.ts';

/**
 * One card per case question: the story, the question and its options, then the right option(s)
 * and the rule that decides it. Built from the same CaseQuiz the case page renders.
 */
export function caseCards(quiz: CaseQuiz): ReviewCard[] {
  const { story } = quiz;
  const context = [story.client, story.history, story.reports, story.assessment].filter((p) => p.trim().length > 0);
  return quiz.questions.map((question) => ({
    id: `case:${question.id}`,
    kind: 'case',
    group: caseGroup(quiz.caseId),
    prompt: `${quiz.title}: ${question.prompt}`,
    context,
    options: question.options.map((option) => option.text),
    right: question.options.flatMap((option, i) => (option.correct ? [i] : [])),
    answer: question.options.filter((option) => option.correct).map((option) => option.text).join('; '),
    explanation: question.explanation,
    href: question.lesson,
  }));
}
