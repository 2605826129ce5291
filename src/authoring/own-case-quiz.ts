/**
 * The quiz of a case an instructor wrote, from a share link's x part: decoded and checked in full
 * (authored-case.ts), then built by the same quiz builder as every library case. Loaded by the
 * assignment page only when a link has an x part, so ordinary assignments do not carry the rules.
 */
import { buildCaseQuiz } from '../quiz/build-quiz.ts';
import type { CaseQuiz } from '../quiz/types.ts';
import { authoredCaseId, decodeAuthoredCase, toCaseInput } from './authored-case.ts';

export function ownCaseQuiz(encoded: string): { ok: true; quiz: CaseQuiz } | { ok: false; problems: string[] } {
  const decoded = decodeAuthoredCase(encoded);
  if (!decoded.ok) return decoded;
  return { ok: true, quiz: buildCaseQuiz(authoredCaseId(decoded.draft.title), toCaseInput(decoded.draft)) };
}
