/**
 * The review groups and reading progress as this browser keeps them, for pages that change one part:
 * each reads the stored value fresh just before writing, so another tab's change is not lost.
 * Small on purpose: every lesson and quiz page loads it.
 */
import { PROGRESS_KEY, parseProgress, type Progress } from '../../lib/progress.ts';
import { GROUPS_KEY, parseGroups, serializeGroups, setGroup, type Groups } from '../../review/deck-groups.ts';
import { readKey, writeKeys, type WriteResult } from '../storage.ts';

export function readGroupsNow(): Groups {
  return parseGroups(readKey(GROUPS_KEY));
}


export function readProgressNow(known?: ReadonlySet<string>): Progress {
  return parseProgress(readKey(PROGRESS_KEY), known);
}

/** Puts a lesson's or case's cards into review (from the deck as stored now); `extra` is written with it, or neither is. */
export function turnOnGroup(group: string, now: Date, extra: readonly (readonly [string, string])[] = []): WriteResult {
  return writeKeys([...extra, [GROUPS_KEY, serializeGroups(setGroup(readGroupsNow(), group, true, now))]]);
}
