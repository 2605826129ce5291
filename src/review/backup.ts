/**
 * The backup file: everything this site keeps in a browser (lessons done, case scores, the review
 * deck and its history, the theme choice) in one JSON file the learner can carry to another device.
 *
 *   {"format":"sciatic-atlas-backup","version":1,"exportedAt":"<ISO>",
 *    "progress":{…PROGRESS_KEY's value}, "quizScores":{…}, "review":{…}, "theme":"dark"}
 *
 * parseBackup() reads any text a learner might pick (another site's JSON, a photo renamed .json, a
 * hand-edited or truncated file) and returns the backup or one sentence saying what is wrong; it
 * never throws. mergeBackup() joins a backup into what the device has, keeping per item the more
 * recent state, and counts what would change so the page can ask before writing anything.
 */
import { progressJson, readProgress, type Progress } from '../lib/progress.ts';
import { quizScoresJson, readQuizScores, type QuizScores } from '../quiz/storage.ts';
import { mergeDecks, mergeProgress, mergeQuizScores } from './merge.ts';
import { readThemeChoice, type Theme } from '../lib/theme.ts';
import { deckJson, readDeck, type Deck } from './deck.ts';

export const BACKUP_FORMAT = 'sciatic-atlas-backup';
export const BACKUP_VERSION = 1;
/** Far above a real backup (a few hundred KB after years of daily reviews). */
export const MAX_BACKUP_BYTES = 5_000_000;

export interface SiteState {
  progress: Progress;
  quizScores: QuizScores;
  review: Deck;
  theme?: Theme | undefined;
}

export interface Backup extends SiteState {
  exportedAt: string;
  /** Entries inside the file that could not be read and are left out. */
  skipped: number;
}

export type BackupRead = { ok: true; backup: Backup } | { ok: false; message: string };

export function backupJson(state: SiteState, now: Date): object {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    progress: progressJson(state.progress),
    quizScores: quizScoresJson(state.quizScores),
    review: deckJson(state.review),
    ...(state.theme ? { theme: state.theme } : {}),
  };
}

export function backupFileName(now: Date): string {
  return `sciatic-atlas-backup-${now.toISOString().slice(0, 10)}.json`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const sizeOf = (v: unknown): number => (Array.isArray(v) ? v.length : isObj(v) ? Object.keys(v).length : 0);

const fail = (message: string): BackupRead => ({ ok: false, message });

export function parseBackup(text: unknown): BackupRead {
  if (typeof text !== 'string' || text.trim().length === 0) return fail('This file is empty, so there is nothing to import.');
  if (text.length > MAX_BACKUP_BYTES) return fail('This file is too large to be a Sciatic Atlas backup; nothing was imported.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('This file is not a Sciatic Atlas backup: it is not JSON text (it may be damaged or cut short).');
  }
  if (!isObj(value) || value.format !== BACKUP_FORMAT) {
    return fail('This file is not a Sciatic Atlas backup: it does not say it is one. Choose a file this site exported.');
  }
  if (value.version !== BACKUP_VERSION) {
    return typeof value.version === 'number' && value.version > BACKUP_VERSION
      ? fail('This backup was made by a newer version of Sciatic Atlas than this one. Reload the site to update it, then try again.')
      : fail('This backup has no version this site can read, so nothing was imported.');
  }
  const exportedAt = value.exportedAt;
  if (typeof exportedAt !== 'string' || !Number.isFinite(Date.parse(exportedAt))) {
    return fail('This backup has no valid export date, so it may be damaged; nothing was imported.');
  }
  const progress = value.progress === undefined ? { lessons: new Map() } : readProgress(value.progress);
  if (!progress) return fail('The lessons part of this backup is damaged, so nothing was imported.');
  const quizScores = value.quizScores === undefined ? { cases: new Map() } : readQuizScores(value.quizScores);
  if (!quizScores) return fail('The case scores part of this backup is damaged, so nothing was imported.');
  const review = value.review === undefined ? { groups: new Map(), cards: new Map(), log: [] } : readDeck(value.review);
  if (!review) return fail('The review part of this backup is damaged, so nothing was imported.');
  if (value.theme !== undefined && !readThemeChoice(value.theme)) return fail('The theme in this backup is not one this site knows, so nothing was imported.');
  const raw = value.progress as Obj | undefined;
  const rawReview = value.review as Obj | undefined;
  const found = sizeOf(raw?.lessons ?? raw?.done) + sizeOf((value.quizScores as Obj | undefined)?.cases) + sizeOf(rawReview?.groups) + sizeOf(rawReview?.cards) + sizeOf(rawReview?.log);
  const kept = progress.lessons.size + quizScores.cases.size + review.groups.size + review.cards.size + review.log.length;
  return {
    ok: true,
    backup: { exportedAt: new Date(exportedAt).toISOString(), progress, quizScores, review, theme: readThemeChoice(value.theme), skipped: Math.max(0, found - kept) },
  };
}

export interface MergeChanges {
  lessons: number;
  scores: number;
  cards: number;
  reviews: number;
  theme: boolean;
}

/**
 * The device's state with a backup merged in: per lesson, case and card the more recently changed
 * state; review histories joined; the backup's theme only when the device has no choice of its own
 * (a theme has no time to compare). `changes` counts what differs from the device's state now.
 */
export function mergeBackup(local: SiteState, backup: Backup): { merged: SiteState; changes: MergeChanges } {
  const progress = mergeProgress(local.progress, backup.progress);
  const quizScores = mergeQuizScores(local.quizScores, backup.quizScores);
  const review = mergeDecks(local.review, backup.review);
  const theme = local.theme ?? backup.theme;
  const changedIn = <T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>) =>
    [...after].filter(([id, v]) => before.get(id) !== v).length;
  return {
    merged: { progress, quizScores, review, theme },
    changes: {
      lessons: changedIn(local.progress.lessons, progress.lessons),
      scores: changedIn(local.quizScores.cases, quizScores.cases),
      cards: changedIn(local.review.cards, review.cards) + changedIn(local.review.groups, review.groups),
      reviews: Math.max(0, review.log.length - local.review.log.length),
      theme: theme !== local.theme,
    },
  };
}

export function hasChanges(changes: MergeChanges): boolean {
  return changes.lessons + changes.scores + changes.cards + changes.reviews > 0 || changes.theme;
}
