import { buildCaseQuiz } from '../../../src/quiz/build-quiz.ts';
import type { CaseQuiz } from '../../../src/quiz/types.ts';
import { readCaseFiles } from '../quiz/cases.ts';

/** Every case in content/cases/, validated by the collection's schema and built into its quiz, as the site build does. */
export function realCaseQuizzes(): CaseQuiz[] {
  return readCaseFiles().map(({ id, data, error }) => {
    if (!data) throw new Error(`content/cases/${id}.yaml: ${error}`);
    return buildCaseQuiz(id, data);
  });
}
