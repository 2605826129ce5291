/**
 * The case questions' cards, built in the browser from /cases/quizzes.json (the file practice sets
 * use, cached by the service worker) with the same builder the tests check. Undefined when it cannot
 * be loaded: the caller then keeps the case cards it has rather than treating them as gone.
 */
import { QUIZZES_JSON_PATH, readQuizzesPayload } from '../../quiz/quizzes-json.ts';
import { caseCards } from '../../review/cards/case.ts';
import type { ReviewCard } from '../../review/card.ts';

export interface CaseCards {
  cards: ReviewCard[];
  titles: Map<string, string>;
}

export async function loadCaseCards(): Promise<CaseCards | undefined> {
  try {
    const response = await fetch(QUIZZES_JSON_PATH);
    if (!response.ok) return undefined;
    const quizzes = readQuizzesPayload(await response.json());
    if (!quizzes) return undefined;
    return { cards: quizzes.flatMap(caseCards), titles: new Map(quizzes.map((q) => [`case:${q.caseId}`, q.title])) };
  } catch {
    return undefined;
  }
}
