/**
 * Everything the site keeps in this browser, read and written as one SiteState (src/review/backup.ts),
 * for export and import.
 */
import { PROGRESS_KEY, serializeProgress } from '../../lib/progress.ts';
import { QUIZ_SCORES_KEY, parseQuizScores, serializeQuizScores } from '../../quiz/storage.ts';
import { THEME_KEY, readThemeChoice } from '../../lib/theme.ts';
import { deckStorage } from '../../review/deck.ts';
import type { SiteState } from '../../review/backup.ts';
import { readKey, writeKeys, type WriteResult } from '../storage.ts';
import { readProgressNow } from './deck-store.ts';
import { readDeckNow } from './whole-deck.ts';

export function readSiteState(): SiteState {
  return {
    progress: readProgressNow(),
    quizScores: parseQuizScores(readKey(QUIZ_SCORES_KEY)),
    review: readDeckNow(),
    theme: readThemeChoice(readKey(THEME_KEY)),
  };
}

/** Writes all of it, or none of it. */
export function writeSiteState(state: SiteState): WriteResult {
  return writeKeys([
    [PROGRESS_KEY, serializeProgress(state.progress)],
    [QUIZ_SCORES_KEY, serializeQuizScores(state.quizScores)],
    ...deckStorage(state.review),
    ...(state.theme ? [[THEME_KEY, state.theme] as const] : []),
  ]);
}
