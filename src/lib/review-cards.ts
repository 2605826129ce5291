/**
 * The course's lesson-side review cards for pages, from the content collections. Thin on purpose:
 * the cards are built by src/review/cards/ (pure and unit-tested) from the same lesson bodies,
 * glossary entries and find-it questions the site renders.
 */
import { lessonsInOrder, glossaryByTerm } from './content.ts';
import { FIND_IT_QUESTIONS } from '../data/dermatomes/questions.ts';
import { lessonCards } from '../review/cards/index.ts';
import type { ReviewCard } from '../review/card.ts';

export async function courseLessonCards(): Promise<ReviewCard[]> {
  const lessons = await lessonsInOrder();
  const glossary = await glossaryByTerm();
  return lessonCards({
    lessons: lessons.map((lesson) => ({ id: lesson.id, body: lesson.body ?? '' })),
    glossary: glossary.map((entry) => ({ id: entry.id, data: entry.data })),
    findIt: FIND_IT_QUESTIONS,
  });
}
