// The case library: each case's last score from this browser, and a topic/difficulty filter that
// hides the cards that do not match. Without JavaScript the page keeps its plain lists by topic and
// difficulty instead, so the filter is a convenience, never the only way in.
import { announce } from './announce.ts';
import { matchesFilter, parseLibraryQuery } from '../quiz/case-filter.ts';
import { QUIZ_SCORES_KEY, parseQuizScores, type QuizScores } from '../quiz/storage.ts';

function readScores(known: ReadonlySet<string>): QuizScores {
  try {
    return parseQuizScores(localStorage.getItem(QUIZ_SCORES_KEY), known);
  } catch {
    return { cases: new Map() };
  }
}

function showScores(cards: readonly HTMLElement[]): void {
  const scores = readScores(new Set(cards.map((card) => card.dataset.caseId!)));
  for (const card of cards) {
    const slot = card.querySelector<HTMLElement>('[data-last-score]');
    const last = scores.cases.get(card.dataset.caseId!);
    if (!slot) continue;
    slot.hidden = !last;
    if (last) slot.textContent = `Your last score: ${last.score} of ${last.total} (${last.at})`;
  }
  const done = document.querySelector<HTMLElement>('[data-done-count]');
  if (done && scores.cases.size > 0) {
    done.hidden = false;
    done.textContent = `You have finished ${scores.cases.size} of ${cards.length} cases in this browser.`;
  }
}

const optionValues = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);

function startFilter(cards: readonly HTMLElement[]): void {
  const form = document.querySelector<HTMLFormElement>('[data-case-filter]');
  if (!form) return;
  const topic = form.querySelector<HTMLSelectElement>('select[name="topic"]')!;
  const difficulty = form.querySelector<HTMLSelectElement>('select[name="difficulty"]')!;
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  // The address may carry a filter; only the selects' own options are taken from it.
  const query = parseLibraryQuery(location.search, optionValues(topic), optionValues(difficulty));
  topic.value = query.topic;
  difficulty.value = query.difficulty;

  const apply = (speak: boolean) => {
    const filter = {
      topics: new Set(topic.value ? [topic.value] : []),
      difficulties: new Set(difficulty.value ? [difficulty.value] : []),
    };
    let shown = 0;
    for (const card of cards) {
      const match = matchesFilter({ topics: (card.dataset.topics ?? '').split(' '), difficulty: card.dataset.difficulty ?? '' }, filter);
      card.hidden = !match;
      if (match) shown += 1;
    }
    if (empty) empty.hidden = shown > 0;
    const message = shown === cards.length ? `Showing all ${cards.length} cases.` : `Showing ${shown} of ${cards.length} cases.`;
    if (speak) announce(status, message);
    else if (status) status.textContent = message;
    const params = new URLSearchParams();
    if (topic.value) params.set('topic', topic.value);
    if (difficulty.value) params.set('difficulty', difficulty.value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  form.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-no-js-only]')) el.hidden = true;
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply(false);
}

export function startCaseLibrary(): void {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-case-list] [data-case-id]')];
  showScores(cards);
  startFilter(cards);
}
