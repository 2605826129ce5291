/**
 * The learner's review deck: which groups are in review (./deck-groups.ts, its own storage key),
 * each card's schedule, and the review history. The cards and history are kept under DECK_KEY:
 *
 *   {"version":1,
 *    "cards":{"<card id>":{"group":"lesson:<id>","changed":"<ISO>","schedule":{…Schedule}}},
 *    "log":[["<card id>","good","<ISO>"], …]}
 *
 * A group is a lesson or a case. Lesson pages and quizzes know only the group, so the review page
 * (which has every card) gives each card of an active group its entry when it first sees it
 * (materializeDeck in ./deck-review.ts). A card is in review while its group is active; turning a
 * group off keeps its cards' history, should it come back. In a backup file the deck is one object
 * with `groups` beside `cards` and `log`.
 *
 * `changed` is when a card last changed: merging two devices keeps the more recent one per card.
 * Parsing never throws and drops what is not well formed entry by entry. No ts-fsrs here: the home
 * page counts due cards without it; the empty schedule is ts-fsrs's createEmptyCard (a unit test
 * pins it).
 */
import type { GradeName, Schedule } from './schedule.ts';
import { GROUPS_KEY, isGroupActive as groupActive, isGroupId, isIso, isObj, readGroups, serializeGroups, setGroup as setGroupIn, sortedObject, type Groups } from './deck-groups.ts';

export { GROUPS_KEY };

export const DECK_KEY = 'sciatic-atlas:review';

export interface DeckEntry {
  group: string;
  changed: string;
  schedule: Schedule;
}

export type LogEntry = readonly [card: string, grade: GradeName, at: string];

export interface Deck {
  groups: Groups;
  cards: ReadonlyMap<string, DeckEntry>;
  /** Oldest first. */
  log: readonly LogEntry[];
}

export const EMPTY_DECK: Deck = { groups: new Map(), cards: new Map(), log: [] };

/** The review history kept: years of daily reviews, bounded so storage cannot fill with it. */
export const MAX_LOG = 5000;
const MAX_CARDS = 5000;
const GRADE_NAMES: readonly string[] = ['again', 'hard', 'good', 'easy'];

const CARD_ID = /^[a-z0-9][a-z0-9:/_.-]{0,199}$/;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000;
const isReal = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e9;

export function isCardId(v: unknown): v is string {
  return typeof v === 'string' && CARD_ID.test(v) && !v.includes('..');
}

export function newSchedule(now: Date): Schedule {
  return { due: now.toISOString(), stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0 };
}

export function readSchedule(v: unknown): Schedule | undefined {
  if (!isObj(v)) return undefined;
  const { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview } = v;
  if (!isIso(due) || !isReal(stability) || !isReal(difficulty) || !isCount(scheduledDays) || !isCount(learningSteps)) return undefined;
  if (!isCount(reps) || !isCount(lapses) || !isCount(state) || state > 3) return undefined;
  if (lastReview !== undefined && !isIso(lastReview)) return undefined;
  return { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, ...(lastReview ? { lastReview } : {}) };
}

function readDeckEntry(v: unknown): DeckEntry | undefined {
  if (!isObj(v) || !isGroupId(v.group) || !isIso(v.changed)) return undefined;
  const schedule = readSchedule(v.schedule);
  return schedule && { group: v.group, changed: v.changed, schedule };
}

function readLogEntry(v: unknown): LogEntry | undefined {
  if (!Array.isArray(v) || v.length !== 3) return undefined;
  const [card, g, at] = v as unknown[];
  return isCardId(card) && typeof g === 'string' && GRADE_NAMES.includes(g) && isIso(at) ? [card, g as GradeName, at] : undefined;
}

/** The deck in a parsed JSON value (a backup's `review`); undefined when it is not a deck at all. */
export function readDeck(value: unknown): Deck | undefined {
  if (!isObj(value) || value.version !== 1 || !isObj(value.cards) || !Array.isArray(value.log)) return undefined;
  const groups = value.groups === undefined ? new Map() : readGroups(value.groups);
  if (!groups) return undefined;
  const cards = new Map<string, DeckEntry>();
  for (const [id, raw] of Object.entries(value.cards)) {
    if (cards.size >= MAX_CARDS) break;
    const entry = isCardId(id) ? readDeckEntry(raw) : undefined;
    if (entry) cards.set(id, entry);
  }
  const log = value.log.slice(-MAX_LOG).map(readLogEntry).filter((e): e is LogEntry => e !== undefined);
  return { groups, cards, log: sortLog(log) };
}

/** The deck from its two stored values (cards and history; groups). */
export function parseDeck(raw: string | null | undefined, groups: Groups): Deck {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2_000_000) return { ...EMPTY_DECK, groups };
  try {
    const deck = readDeck(JSON.parse(raw));
    return deck ? { ...deck, groups } : { ...EMPTY_DECK, groups };
  } catch {
    return { ...EMPTY_DECK, groups };
  }
}

export function deckJson(deck: Deck): object {
  return { version: 1, groups: sortedObject(deck.groups), cards: sortedObject(deck.cards), log: [...deck.log] };
}

/** The stored values of a deck: [key, text] pairs to write together. */
export function deckStorage(deck: Deck): [string, string][] {
  return [
    [DECK_KEY, JSON.stringify({ version: 1, cards: sortedObject(deck.cards), log: [...deck.log] })],
    [GROUPS_KEY, serializeGroups(deck.groups)],
  ];
}

export function sortLog(log: LogEntry[]): LogEntry[] {
  return log.sort((a, b) => a[2].localeCompare(b[2]) || a[0].localeCompare(b[0]));
}

export function isGroupActive(deck: Deck, group: string): boolean {
  return groupActive(deck.groups, group);
}

/** The deck with a lesson's or case's cards turned on or off (their history kept either way). */
export function setGroup(deck: Deck, group: string, active: boolean, now: Date): Deck {
  return { ...deck, groups: setGroupIn(deck.groups, group, active, now) };
}
