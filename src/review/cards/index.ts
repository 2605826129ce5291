/**
 * Every lesson-side review card of the course, in course order: each lesson's self-checks, then its
 * glossary terms (both ways), then the find-it questions for the dermatome lesson. Case cards come
 * from the case quizzes (./case.ts) when a case is answered. Pure: the build passes content in.
 *
 *   const cards = lessonCards({ lessons, glossary, findIt: FIND_IT_QUESTIONS });
 */
import type { ReviewCard } from '../card.ts';
import { selfChecksOf } from '../self-check-source.ts';
import type { FindItQuestion } from '../../data/dermatomes/deck.ts';
import { selfCheckCard } from './self-check.ts';
import { glossaryCards, type GlossaryInput } from './glossary.ts';
import { FIND_IT_LESSON, findItCard } from './find-it.ts';

export interface LessonCardSources {
  /** In course order; `body` is the MDX source. */
  lessons: readonly { id: string; body: string }[];
  glossary: readonly { id: string; data: GlossaryInput }[];
  findIt: readonly FindItQuestion[];
}

export function lessonCards({ lessons, glossary, findIt }: LessonCardSources): ReviewCard[] {
  const terms = [...glossary].sort((a, b) => a.id.localeCompare(b.id));
  return lessons.flatMap((lesson) => [
    ...selfChecksOf(lesson.id, lesson.body).map(selfCheckCard),
    ...terms.filter((t) => t.data.lesson === lesson.id).flatMap((t) => glossaryCards(t.id, t.data)),
    ...(lesson.id === FIND_IT_LESSON ? findIt.map(findItCard) : []),
  ]);
}
