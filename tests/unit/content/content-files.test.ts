import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entryIdsIn } from '../../../src/content/ids.ts';
import { findBodyIdProblems, describeBodyIdProblems } from '../../../src/content/lesson-body-ids.ts';

// A fast check of the real lessons before the build: every <Term> and <Cite> id resolves.
const lessonFiles = readdirSync('content/lessons').filter((name) => name.endsWith('.mdx'));

describe('lesson bodies', () => {
  it('there are lessons to check', () => {
    expect(lessonFiles.length).toBeGreaterThan(0);
  });
  for (const name of lessonFiles) {
    it(`${name}: every <Term> names a glossary entry and every <Cite> a source in its frontmatter`, () => {
      const source = readFileSync(`content/lessons/${name}`, 'utf8');
      const frontmatter = parse(source.split(/^---$/m)[1] ?? '') as { references?: string[] };
      const references = frontmatter.references ?? [];
      const problems = findBodyIdProblems(source, { glossary: entryIdsIn('glossary'), lessonReferences: new Set(references) });
      expect(describeBodyIdProblems(`content/lessons/${name}`, problems)).toBeUndefined();
    });
  }
});
