/**
 * Merging what two devices kept (an imported backup into this browser): per item, the more recent
 * state wins; review histories are joined. Only the import needs this, so it lives apart from the
 * modules lesson and quiz pages load.
 */
import { MAX_LOG, sortLog, type Deck, type LogEntry } from './deck.ts';
import type { Progress } from '../lib/progress.ts';
import type { QuizScores } from '../quiz/storage.ts';

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

function mergeByTime<T extends { changed: string }>(local: ReadonlyMap<string, T>, incoming: ReadonlyMap<string, T>): Map<string, T> {
  const out = new Map(local);
  for (const [id, item] of incoming) {
    const mine = out.get(id);
    if (!mine || later(item.changed, mine.changed)) out.set(id, item);
  }
  return out;
}

/** Per group and per card, the more recently changed state; the histories joined without repeats. */
export function mergeDecks(local: Deck, incoming: Deck): Deck {
  const seen = new Set<string>();
  const log: LogEntry[] = [];
  for (const entry of [...local.log, ...incoming.log]) {
    const key = `${entry[0]}\n${entry[2]}`;
    if (!seen.has(key)) {
      seen.add(key);
      log.push(entry);
    }
  }
  return { groups: mergeByTime(local.groups, incoming.groups), cards: mergeByTime(local.cards, incoming.cards), log: sortLog(log).slice(-MAX_LOG) };
}

/** Per lesson, the more recent mark (the device's own on a tie). */
export function mergeProgress(local: Progress, incoming: Progress): Progress {
  const lessons = new Map(local.lessons);
  for (const [id, mark] of incoming.lessons) {
    const mine = lessons.get(id);
    if (!mine || later(mark.at, mine.at)) lessons.set(id, mark);
  }
  return { lessons };
}

/** Per case, the later score (scores keep only the day: on the same day the device's own stays). */
export function mergeQuizScores(local: QuizScores, incoming: QuizScores): QuizScores {
  const cases = new Map(local.cases);
  for (const [id, score] of incoming.cases) {
    const mine = cases.get(id);
    if (!mine || score.at > mine.at) cases.set(id, score);
  }
  return { cases };
}

