import type { FindingId, TriageResult } from '../../rules/index.ts';
import type { RootId } from '../../data/dermatomes/index.ts';

/** What every question builder needs about one case, worked out once by buildCaseQuiz. */
export interface QuizContext {
  caseId: string;
  /** The case's findings in canonical order (known ids only, each once). */
  findings: readonly FindingId[];
  sessions: number | undefined;
  /** triage() of the case: the answer key of every rules question. */
  result: TriageResult;
  anatomyRoot: RootId | undefined;
}

export function questionId(caseId: string, kind: string): string {
  return `${caseId}/${kind}`;
}
