/**
 * The /review/ page: what is due, one card at a time (Space turns it, 1–4 grade it: Again, Hard,
 * Good, Easy), the counts, the 30-day calendar, which lessons are in the deck, and export/import.
 * Cards come from the build (lessons) and /cases/quizzes.json (cases); the deck and its history from
 * this browser's storage. Every write that fails says so in words, and the session goes on.
 */
import type { ReviewCard } from '../../review/card.ts';
import { DECK_KEY, GROUPS_KEY, deckStorage, isGroupActive, setGroup, type Deck } from '../../review/deck.ts';
import { deckCounts, dueIds, materializeDeck, recordReview, type BuiltCard } from '../../review/deck-review.ts';
import { grade, type GradeName } from '../../review/schedule.ts';
import { readReviewPageData } from '../../review/page-data.ts';
import { notKeptMessage, writeKeys } from '../storage.ts';
import { readDeckNow } from './whole-deck.ts';
import { loadCaseCards, type CaseCards } from './case-cards.ts';
import { renderCalendar } from './calendar.ts';
import { showBack, showFront } from './card-view.ts';
import { startBackupPanel } from './backup-panel.ts';
import { countOf, pluralWord } from '../../lib/plural.ts';

const TIME = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function startReviewPage(): void {
  const root = document.querySelector<HTMLElement>('[data-review]');
  if (!root) return;
  const data = readReviewPageData(root.dataset.cards);
  document.querySelector<HTMLElement>('[data-review-no-js]')?.setAttribute('hidden', '');
  root.hidden = false;
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const section = q('[data-review-card]');
  const note = q('[data-review-note]');

  const cards = new Map<string, ReviewCard>(data.cards.map((c) => [c.id, c]));
  let caseCards: CaseCards | undefined;
  let casesLoaded = false;
  let deck: Deck = readDeckNow();
  let current: string | undefined;

  const save = (next: Deck, what: string): void => {
    deck = next; // the page goes on with it either way; storage keeps its last good state on failure
    const result = writeKeys(deckStorage(next));
    note.textContent = result.ok ? '' : notKeptMessage(result, what);
  };

  /** Every card the site builds now; case cards as the deck has them while quizzes.json is not loaded. */
  const built = (): BuiltCard[] => {
    const lessonCards = data.cards.map(({ id, group }) => ({ id, group }));
    if (caseCards) return [...lessonCards, ...caseCards.cards.map(({ id, group }) => ({ id, group }))];
    return [...lessonCards, ...[...deck.cards].filter(([, e]) => e.group.startsWith('case:')).map(([id, e]) => ({ id, group: e.group }))];
  };

  const refreshDeck = (): void => {
    const { deck: next, dropped, added } = materializeDeck(deck, built(), new Date());
    if (dropped.length || added.length) save(next, 'The update to your deck');
    if (dropped.length) {
      note.textContent = `${countOf(dropped.length, 'card was', 'cards were')} taken out of your deck because ${pluralWord(dropped.length, 'its question is', 'their questions are')} no longer in the course. ${note.textContent}`.trim();
    }
  };

  const renderCounts = (now: Date) => {
    const counts = deckCounts(deck, now);
    q('[data-review-counts]').textContent = `Due now: ${counts.due} · Learned: ${counts.learned} · In your deck: ${counts.active}`;
    q('[data-review-counts]').dataset.due = String(counts.due);
  };

  const renderGroups = () => {
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-toggle-group]')) {
      const on = isGroupActive(deck, button.dataset.toggleGroup!);
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? 'In review: take out' : 'Add to review';
    }
    const cases = [...deck.groups].filter(([g, m]) => g.startsWith('case:') && m.active).length;
    q('[data-review-cases]').textContent = cases
      ? `${countOf(cases, 'case quiz you answered adds', 'case quizzes you answered add')} ${pluralWord(cases, 'its', 'their')} questions too.`
      : 'Answering a case quiz adds its questions too.';
  };

  const nextCard = (now: Date) => dueIds(deck, now).find((id) => cards.has(id));

  const renderSession = (focus: boolean) => {
    const now = new Date();
    renderCounts(now);
    renderCalendar(q('[data-review-calendar]'), deck, now);
    current = nextCard(now);
    const empty = q('[data-review-empty]');
    if (current) {
      empty.hidden = true;
      showFront(section, cards.get(current)!);
      if (focus) q('[data-card-prompt]').focus();
      return;
    }
    section.hidden = true;
    empty.hidden = false;
    const counts = deckCounts(deck, now);
    const upcoming = [...deck.cards.values()].filter((e) => isGroupActive(deck, e.group)).map((e) => e.schedule.due).sort()[0];
    const waiting = !casesLoaded && dueIds(deck, now).length > 0;
    empty.textContent = counts.active === 0
      ? 'Your deck is empty. Mark a lesson as done, answer a case quiz, or add a lesson’s cards below, and its questions will appear here.'
      : waiting
        ? 'Loading the case questions that are due…'
        : `Nothing is due now. Well done.${upcoming ? ` The next card is due ${TIME.format(new Date(upcoming))}.` : ''}`;
    empty.dataset.state = counts.active === 0 ? 'empty' : 'done';
  };

  const turn = () => {
    if (!current || section.dataset.turned) return;
    showBack(section, deck.cards.get(current)!.schedule, new Date());
    q<HTMLButtonElement>('[data-grade="good"]').focus();
  };

  const gradeCurrent = (name: GradeName) => {
    if (!current || !section.dataset.turned) return;
    const now = new Date();
    const entry = deck.cards.get(current);
    if (!entry) return;
    save(recordReview(deck, current, name, grade(entry.schedule, name, now), now), 'This review');
    renderSession(true);
  };

  q('[data-show-answer]').addEventListener('click', turn);
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
    button.addEventListener('click', () => gradeCurrent(button.dataset.grade as GradeName));
  }
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || section.hidden) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const grades: Record<string, GradeName> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };
    if (event.key === ' ' && !section.dataset.turned && !target.closest('button, a')) {
      event.preventDefault();
      turn();
    } else if (grades[event.key] && section.dataset.turned) {
      event.preventDefault();
      gradeCurrent(grades[event.key]!);
    }
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-toggle-group]')) {
    button.addEventListener('click', () => {
      const group = button.dataset.toggleGroup!;
      const on = !isGroupActive(deck, group);
      save(setGroup(deck, group, on, new Date()), on ? 'Adding this lesson' : 'Taking this lesson out');
      refreshDeck();
      renderGroups();
      renderSession(false);
    });
  }

  startBackupPanel(q('.review-backup'), (state) => {
    deck = state.review;
    if (state.theme) document.documentElement.dataset.theme = state.theme;
    loadCases();
    refreshDeck();
    renderGroups();
    renderSession(false);
  });

  // Another tab graded or added cards: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key !== DECK_KEY && event.key !== GROUPS_KEY) return;
    deck = readDeckNow();
    renderGroups();
    renderSession(false);
  });

  const loadCases = (): void => {
    const needed = [...deck.groups.keys(), ...[...deck.cards.values()].map((e) => e.group)].some((g) => g.startsWith('case:'));
    if (caseCards || !needed) {
      casesLoaded = true;
      root.dataset.ready = 'true';
      return;
    }
    void loadCaseCards().then((loaded) => {
      casesLoaded = true;
      if (loaded) {
        caseCards = loaded;
        for (const card of loaded.cards) cards.set(card.id, card);
        refreshDeck();
      } else {
        note.textContent = 'The case questions could not be loaded (are you offline?). Your lesson cards are here; case cards will be back when the page can load them.';
      }
      renderGroups();
      renderSession(false);
      root.dataset.ready = 'true';
    });
  };

  refreshDeck();
  renderGroups();
  loadCases();
  renderSession(false);
}
