// The real cases in content/cases, read and validated the way the build does (the collection's
// schema), for every test that needs them. A case the schema rejects is reported with its file name.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { caseSchema, type CaseData } from '../../../src/content/schemas/case.ts';
import { buildCaseQuiz } from '../../../src/quiz/build-quiz.ts';
import type { CaseQuiz } from '../../../src/quiz/types.ts';

export const CASES_DIR = 'content/cases';

export interface CaseFile {
  id: string;
  data?: CaseData;
  /** The schema's message, when it rejects the file. */
  error?: string;
}

/** Every case file, in file-name order, parsed by the collection's schema. */
export function readCaseFiles(): CaseFile[] {
  return readdirSync(CASES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const result = caseSchema.safeParse(parse(readFileSync(`${CASES_DIR}/${name}`, 'utf8')));
      return result.success ? { id, data: result.data } : { id, error: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    });
}

/** Every case built into its quiz, as the site build does; a case the schema rejects throws with its file. */
export function realCaseQuizzes(): CaseQuiz[] {
  return readCaseFiles().map(({ id, data, error }) => {
    if (!data) throw new Error(`${CASES_DIR}/${id}.yaml: ${error}`);
    return buildCaseQuiz(id, data);
  });
}
