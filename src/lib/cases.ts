/**
 * The cases collection for pages: entries in library order and their quizzes. Thin on purpose: the
 * quiz itself is built by src/quiz/build-quiz.ts, which has no Astro imports and is unit-tested.
 *
 *   const quizzes = await caseQuizzes();        // every case's quiz, library order
 *   const entry = await getEntry('cases', id);  // astro:content, for one case
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCaseQuiz } from '../quiz/build-quiz.ts';
import { DIFFICULTY_IDS } from '../quiz/labels.ts';
import type { CaseQuiz } from '../quiz/types.ts';

export type CaseEntry = CollectionEntry<'cases'>;

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

export function caseHref(id: string): string {
  return `/cases/${id}/`;
}
