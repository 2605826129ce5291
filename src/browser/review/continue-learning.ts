/**
 * The home page's "Continue where you left off": the first lesson not yet done, how many reviews
 * are due, and the last case score. Everything comes from this browser's storage and from the data
 * the build wrote into the page; no request is made. Shown only to a returning learner.
 */
import { caseHref } from '../../lib/hrefs.ts';
import { doneLessons } from '../../lib/progress.ts';
import { latestScore, parseQuizScores, QUIZ_SCORES_KEY } from '../../quiz/storage.ts';
import { deckCounts } from '../../review/deck-review.ts';
import { readKey } from '../storage.ts';
import { readProgressNow } from './deck-store.ts';
import { readDeckNow } from './whole-deck.ts';
import { countOf } from '../../lib/plural.ts';

export interface ContinueData {
  lessons: { id: string; title: string; href: string }[];
  /** Case id to title. */
  cases: Record<string, string>;
  /** Cards per deck group, as built. */
  groupSizes: Record<string, number>;
}


export function startContinueLearning(): void {
  const root = document.querySelector<HTMLElement>('[data-continue]');
  if (!root) return;
  let data: ContinueData;
  try {
    data = JSON.parse(root.dataset.continue ?? '') as ContinueData;
  } catch {
    return;
  }
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const known = new Set(data.lessons.map((l) => l.id));
  const done = new Set(doneLessons(readProgressNow(known)));
  const deck = readDeckNow();
  const scores = parseQuizScores(readKey(QUIZ_SCORES_KEY), new Set(Object.keys(data.cases)));
  const latest = latestScore(scores);
  const counts = deckCounts(deck, new Date(), new Map(Object.entries(data.groupSizes)));
  if (done.size === 0 && counts.active === 0 && !latest) return; // a first visit: nothing to continue

  const next = data.lessons.find((l) => !done.has(l.id));
  q('[data-continue-lesson]').hidden = false;
  const link = q<HTMLAnchorElement>('[data-continue-lesson-link]');
  if (next) {
    link.href = next.href;
    link.textContent = next.title;
    q('[data-continue-lesson-meta]').textContent = `${done.size} of ${data.lessons.length} lessons done`;
  } else {
    link.href = '/lessons/';
    link.textContent = 'Every lesson is done';
    q('[data-continue-lesson-meta]').textContent = 'revisit any of them from the lesson list';
  }

  if (counts.active > 0) {
    q('[data-continue-review]').hidden = false;
    const review = q('[data-continue-review-link]');
    review.textContent = counts.due > 0 ? `${countOf(counts.due, 'card', 'cards')} due today` : 'Nothing due today';
    review.dataset.due = String(counts.due);
  }

  if (latest) {
    q('[data-continue-score]').hidden = false;
    const score = q<HTMLAnchorElement>('[data-continue-score-link]');
    score.href = caseHref(latest.caseId);
    score.textContent = `${latest.score.score} of ${latest.score.total} on “${data.cases[latest.caseId]}”`;
    q('[data-continue-score-meta]').textContent = latest.score.at;
  }
  root.hidden = false;
}
