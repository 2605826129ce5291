import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECK_KEY, EMPTY_DECK, GROUPS_KEY, deckStorage, isGroupActive, parseDeck, readDeck, setGroup, type Deck } from '../../../src/review/deck.ts';
import { parseGroups } from '../../../src/review/deck-groups.ts';
import { deckCounts, dueIds, materializeDeck, recordReview, reviewCalendar } from '../../../src/review/deck-review.ts';
import { mergeDecks } from '../../../src/review/merge.ts';
import { grade } from '../../../src/review/schedule.ts';

const T0 = new Date('2026-12-01T09:00:00.000Z');
const later = (days: number) => new Date(T0.getTime() + days * 86_400_000);
const built = [
  { id: 'check:a/one/1', group: 'lesson:a' },
  { id: 'term:x', group: 'lesson:a' },
  { id: 'check:b/two/1', group: 'lesson:b' },
];

/** What a deck looks like after storing and reading it back. */
function stored(deck: Deck): Deck {
  const values = new Map(deckStorage(deck));
  return parseDeck(values.get(DECK_KEY), parseGroups(values.get(GROUPS_KEY)));
}

function reviewed(deck: Deck, id: string, now: Date): Deck {
  return recordReview(deck, id, 'good', grade(deck.cards.get(id)!.schedule, 'good', now), now);
}

describe('the review deck', () => {
  it('a lesson turned on gets an entry for each of its cards, new and due now', () => {
    const { deck, added } = materializeDeck(setGroup(EMPTY_DECK, 'lesson:a', true, T0), built, T0);
    expect(added).toEqual(['check:a/one/1', 'term:x']);
    expect(dueIds(deck, T0)).toEqual(['check:a/one/1', 'term:x']);
    expect(deckCounts(deck, T0)).toEqual({ active: 2, due: 2, learned: 0 });
    expect(stored(deck)).toEqual(deck);
  });

  it('counts the cards of an active group not yet seen from the group sizes (the home page)', () => {
    const deck = setGroup(EMPTY_DECK, 'lesson:a', true, T0);
    expect(deckCounts(deck, T0, new Map([['lesson:a', 2], ['lesson:b', 1]]))).toEqual({ active: 2, due: 2, learned: 0 });
  });

  it('taking a lesson out keeps its history; adding it back brings it back as it was', () => {
    let { deck } = materializeDeck(setGroup(EMPTY_DECK, 'lesson:a', true, T0), built, T0);
    deck = reviewed(deck, 'term:x', T0);
    const schedule = deck.cards.get('term:x')!.schedule;
    deck = setGroup(deck, 'lesson:a', false, later(1));
    expect(deckCounts(deck, later(1))).toEqual({ active: 0, due: 0, learned: 0 });
    deck = materializeDeck(setGroup(deck, 'lesson:a', true, later(2)), built, later(2)).deck;
    expect(deck.cards.get('term:x')!.schedule).toEqual(schedule);
    expect(deck.log).toHaveLength(1);
  });

  it('a card whose source changed keeps its history under the same id; one whose source is gone is dropped with it', () => {
    let { deck } = materializeDeck(setGroup(EMPTY_DECK, 'lesson:a', true, T0), built, T0);
    deck = reviewed(reviewed(deck, 'term:x', T0), 'check:a/one/1', T0);
    // A new build: the self-check was removed; the term moved to lesson b (same id, reworded).
    const next = [{ id: 'term:x', group: 'lesson:b' }];
    const result = materializeDeck(deck, next, later(1));
    expect(result.dropped).toEqual(['check:a/one/1']);
    expect([...result.deck.cards.keys()]).toEqual(['term:x']);
    expect(result.deck.cards.get('term:x')).toMatchObject({ group: 'lesson:b', schedule: deck.cards.get('term:x')!.schedule });
    expect(result.deck.log.map(([id]) => id)).toEqual(['term:x']);
  });

  it('the calendar counts each day’s reviews for the last 30 local days, ending today', () => {
    let { deck } = materializeDeck(setGroup(EMPTY_DECK, 'lesson:a', true, T0), built, T0);
    deck = reviewed(reviewed(deck, 'term:x', T0), 'check:a/one/1', T0);
    const days = reviewCalendar(deck, later(3));
    expect(days).toHaveLength(30);
    expect(days.at(-4)!.reviews).toBe(2);
    expect(days.reduce((n, d) => n + d.reviews, 0)).toBe(2);
    expect(reviewCalendar(deck, later(40)).every((d) => d.reviews === 0)).toBe(true);
  });

  it('merging keeps, per card and per group, the more recently changed state, and joins the histories', () => {
    const base = materializeDeck(setGroup(EMPTY_DECK, 'lesson:a', true, T0), built, T0).deck;
    const phone = reviewed(base, 'term:x', later(1));
    const laptop = setGroup(reviewed(base, 'check:a/one/1', later(2)), 'lesson:b', true, later(2));
    const merged = mergeDecks(phone, laptop);
    expect(merged.cards.get('term:x')).toEqual(phone.cards.get('term:x'));
    expect(merged.cards.get('check:a/one/1')).toEqual(laptop.cards.get('check:a/one/1'));
    expect(isGroupActive(merged, 'lesson:b')).toBe(true);
    expect(merged.log.map(([id]) => id)).toEqual(['term:x', 'check:a/one/1']);
    expect(mergeDecks(merged, merged)).toEqual(merged);
    const off = setGroup(phone, 'lesson:a', false, later(3));
    expect(isGroupActive(mergeDecks(laptop, off), 'lesson:a')).toBe(false);
  });

  it('never throws on stored text, and keeps only well-formed entries', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.record({ version: fc.constant(1), cards: fc.dictionary(fc.string(), fc.jsonValue()), log: fc.array(fc.jsonValue()) }).map((v) => JSON.stringify(v)),
        ),
        fc.oneof(fc.string(), fc.json()),
        (cards, groups) => {
          const deck = parseDeck(cards, parseGroups(groups));
          for (const entry of deck.cards.values()) expect(Number.isFinite(Date.parse(entry.schedule.due))).toBe(true);
          expect(deck.log.every((e) => e.length === 3)).toBe(true);
          expect(readDeck(JSON.parse(JSON.stringify({ version: 1, groups: {}, cards: {}, log: [] })))).toEqual(EMPTY_DECK);
        },
      ),
      { numRuns: 500 },
    );
  });
});
