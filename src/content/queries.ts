/**
 * The content collections as pages read them: lessons in course order, glossary and references
 * sorted for reading, the cases in library order with their quizzes, and the lesson-side review
 * cards. Thin on purpose: the quizzes and cards are built by src/quiz/ and src/review/cards/, which
 * have no Astro imports and are unit-tested, so the helpers in src/lib/ stay pure too.
 *
 *   const quizzes = await caseQuizzes();        // every case's quiz, library order
 *   const entry = await getEntry('cases', id);  // astro:content, for one case
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { FIND_IT_QUESTIONS } from '../data/dermatomes/questions.ts';
import { buildCaseQuiz } from '../quiz/build-quiz.ts';
import { DIFFICULTY_IDS } from '../quiz/labels.ts';
import type { CaseQuiz } from '../quiz/types.ts';
import type { ReviewCard } from '../review/card.ts';
import { lessonCards } from '../review/cards/index.ts';

export type Lesson = CollectionEntry<'lessons'>;
export type ReferenceEntry = CollectionEntry<'references'>;
export type CaseEntry = CollectionEntry<'cases'>;

/** Every lesson in course order (the `order` field), ties broken by id so the order is stable. */
export async function lessonsInOrder(): Promise<Lesson[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Glossary entries sorted by term, as a reader scans them. */
export async function glossaryByTerm(): Promise<CollectionEntry<'glossary'>[]> {
  const entries = await getCollection('glossary');
  return entries.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
}

/** References sorted by first author, then year. */
export async function referencesByAuthor(): Promise<ReferenceEntry[]> {
  const entries = await getCollection('references');
  return entries.sort((a, b) => a.data.authors.localeCompare(b.data.authors) || (a.data.year ?? 0) - (b.data.year ?? 0));
}

/** Easiest first, then by title, so the library reads as a course and the order is stable. */
export async function casesInOrder(): Promise<CaseEntry[]> {
  const entries = await getCollection('cases');
  const rank = (entry: CaseEntry) => DIFFICULTY_IDS.indexOf(entry.data.difficulty);
  return entries.sort((a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id));
}

export function quizOf(entry: CaseEntry): CaseQuiz {
  return buildCaseQuiz(entry.id, entry.data);
}

/** Every case's quiz, in library order. */
export async function caseQuizzes(): Promise<CaseQuiz[]> {
  return (await casesInOrder()).map(quizOf);
}

/** The course's lesson-side review cards, from the same lesson bodies, glossary entries and find-it questions the site renders. */
export async function courseLessonCards(): Promise<ReviewCard[]> {
  const lessons = await lessonsInOrder();
  const glossary = await glossaryByTerm();
  return lessonCards({
    lessons: lessons.map((lesson) => ({ id: lesson.id, body: lesson.body ?? '' })),
    glossary: glossary.map((entry) => ({ id: entry.id, data: entry.data })),
    findIt: FIND_IT_QUESTIONS,
  });
}
