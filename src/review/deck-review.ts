/**
 * What the review page and the home page do with a deck (src/review/deck.ts): bring it up to date
 * with the cards the site builds, record a review, list what is due, count, and draw the calendar.
 * Pure: every function takes `now`. No ts-fsrs: the home page counts due cards without it.
 */
import { isCardId, isGroupActive, newSchedule, MAX_LOG, type Deck, type DeckEntry } from './deck.ts';
import type { GradeName, Schedule } from './schedule.ts';

/** ts-fsrs State.Review (a unit test pins it). */
export const STATE_REVIEW = 2;

/** The cards the site builds now, as far as the deck needs them. */
export interface BuiltCard { id: string; group: string }

/**
 * The deck brought up to date with the cards the site builds now: every card of an active group
 * gets an entry (new, due now) if it has none; a card that moved to another group follows it with
 * its history; a card whose source is gone (its id is no longer built) is dropped with its history.
 */
export function materializeDeck(deck: Deck, built: readonly BuiltCard[], now: Date): { deck: Deck; dropped: string[]; added: string[] } {
  const known = new Map(built.map((card) => [card.id, card.group]));
  const dropped = [...deck.cards.keys()].filter((id) => !known.has(id));
  const gone = new Set(dropped);
  const cards = new Map([...deck.cards].filter(([id]) => !gone.has(id)));
  const added: string[] = [];
  for (const { id, group } of built) {
    const entry = cards.get(id);
    if (entry && entry.group !== group) cards.set(id, { ...entry, group });
    if (!entry && isGroupActive(deck, group) && isCardId(id)) {
      cards.set(id, { group, changed: now.toISOString(), schedule: newSchedule(now) });
      added.push(id);
    }
  }
  const log = gone.size ? deck.log.filter(([id]) => !gone.has(id)) : deck.log;
  return { deck: { groups: deck.groups, cards, log }, dropped, added };
}

/** The deck after a review: the card's new schedule, and the review in the log. */
export function recordReview(deck: Deck, id: string, grade: GradeName, schedule: Schedule, now: Date): Deck {
  const entry = deck.cards.get(id);
  if (!entry) return deck;
  const cards = new Map(deck.cards);
  const at = now.toISOString();
  cards.set(id, { group: entry.group, changed: at, schedule });
  return { groups: deck.groups, cards, log: [...deck.log, [id, grade, at] as const].slice(-MAX_LOG) };
}

function inReview(deck: Deck, entry: DeckEntry): boolean {
  return isGroupActive(deck, entry.group);
}

export function dueIds(deck: Deck, now: Date): string[] {
  return [...deck.cards]
    .filter(([, e]) => inReview(deck, e) && Date.parse(e.schedule.due) <= now.getTime())
    .sort(([a, x], [b, y]) => x.schedule.due.localeCompare(y.schedule.due) || a.localeCompare(b))
    .map(([id]) => id);
}

export interface DeckCounts {
  /** Cards in review (their group active). */
  active: number;
  due: number;
  /** In review and past the learning steps (FSRS review state). */
  learned: number;
}

/**
 * Counts for the page. `groupSizes` (cards per group as built) lets a page without the cards count
 * the cards of active groups that have no entry yet: they are new, so due.
 */
export function deckCounts(deck: Deck, now: Date, groupSizes?: ReadonlyMap<string, number>): DeckCounts {
  let active = 0;
  let learned = 0;
  const perGroup = new Map<string, number>();
  for (const entry of deck.cards.values()) {
    if (!inReview(deck, entry)) continue;
    active++;
    perGroup.set(entry.group, (perGroup.get(entry.group) ?? 0) + 1);
    if (entry.schedule.state === STATE_REVIEW) learned++;
  }
  let unseen = 0;
  for (const [group, size] of groupSizes ?? []) {
    if (isGroupActive(deck, group)) unseen += Math.max(0, size - (perGroup.get(group) ?? 0));
  }
  return { active: active + unseen, due: dueIds(deck, now).length + unseen, learned };
}

/** Local calendar day of a time, YYYY-MM-DD. */
export function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

export interface CalendarDay { day: string; reviews: number }

/** The last `days` local days, oldest first, ending today, with the reviews done on each. */
export function reviewCalendar(deck: Deck, now: Date, days = 30): CalendarDay[] {
  const perDay = new Map<string, number>();
  for (const [, , at] of deck.log) {
    const day = localDay(new Date(at));
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1 - i), 12));
    return { day, reviews: perDay.get(day) ?? 0 };
  });
}

