/**
 * After a quiz: each case's last score, and the case's questions into the review deck, kept in one
 * write (both or neither). The note says in words what happened, including when storage refused.
 */
import { QUIZ_SCORES_KEY, parseQuizScores, serializeQuizScores, withCaseScore } from '../../quiz/storage.ts';
import { GROUPS_KEY, serializeGroups, setGroup } from '../../review/deck-groups.ts';
import { caseGroup } from '../../review/card.ts';
import { readGroupsNow } from './deck-store.ts';
import { notKeptMessage, readKey, writeKeys, type WriteResult } from '../storage.ts';
import { pluralWord } from '../../lib/plural.ts';

export interface CaseResult { caseId: string; score: number; total: number }

export function keepCaseResults(cases: readonly CaseResult[], day: string, now: Date): WriteResult {
  let scores = parseQuizScores(readKey(QUIZ_SCORES_KEY));
  let groups = readGroupsNow();
  for (const c of cases) {
    scores = withCaseScore(scores, c.caseId, { score: c.score, total: c.total, at: day });
    groups = setGroup(groups, caseGroup(c.caseId), true, now);
  }
  return writeKeys([
    [QUIZ_SCORES_KEY, serializeQuizScores(scores)],
    [GROUPS_KEY, serializeGroups(groups)],
  ]);
}

/** A paragraph for the result summary saying whether the score was kept. */
export function keptNote(result: WriteResult, cases: number): HTMLParagraphElement {
  const note = document.createElement('p');
  note.dataset.scoreKept = String(result.ok);
  if (result.ok) {
    note.className = 'quiz-summary__kept';
    note.append(`Your score is kept in this browser, and ${pluralWord(cases, 'this case’s questions are', 'these cases’ questions are')} in your review deck. `);
    note.append(Object.assign(document.createElement('a'), { href: '/review/', textContent: 'Review them later' }));
  } else {
    note.className = 'quiz-summary__not-kept';
    note.setAttribute('role', 'alert');
    note.textContent = notKeptMessage(result, 'Your score');
  }
  return note;
}
