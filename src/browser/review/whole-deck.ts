/** The whole review deck as stored: only the review page, the home page and export need it (lesson pages read groups only). */
import { DECK_KEY, parseDeck, type Deck } from '../../review/deck.ts';
import { readKey } from '../storage.ts';
import { readGroupsNow } from './deck-store.ts';

export function readDeckNow(): Deck {
  return parseDeck(readKey(DECK_KEY), readGroupsNow());
}
