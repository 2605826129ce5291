import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { caseSchema } from '../../../src/content/schemas/case.ts';
import { buildCaseQuiz } from '../../../src/quiz/build-quiz.ts';
import type { CaseQuiz } from '../../../src/quiz/types.ts';

/** Every case in content/cases/, validated by the collection's schema and built into its quiz, as the site build does. */
export function realCaseQuizzes(): CaseQuiz[] {
  return readdirSync('content/cases')
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const data = caseSchema.parse(parse(readFileSync(`content/cases/${name}`, 'utf8')));
      return buildCaseQuiz(id, data);
    });
}
