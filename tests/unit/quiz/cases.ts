// The real cases in content/cases, read and validated the way the build does (the collection's
// schema), for the quiz tests. A case the schema rejects is reported with its file name.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { caseSchema, type CaseData } from '../../../src/content/schemas/case.ts';

export interface CaseFile {
  id: string;
  data?: CaseData;
  error?: string;
}

export function readCaseFiles(): CaseFile[] {
  return readdirSync('content/cases')
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const result = caseSchema.safeParse(parse(readFileSync(`content/cases/${name}`, 'utf8')));
      return result.success ? { id, data: result.data } : { id, error: result.error.message };
    });
}
