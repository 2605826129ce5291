import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessonIds } from '../helpers/mdx.ts';

// A fast check of the real lessons before the build: every <Term> and <Cite> id resolves.
const lessonFiles = readdirSync('content/lessons').filter((name) => name.endsWith('.mdx'));

describe('lesson bodies', () => {
  it('there are lessons to check', () => {
    expect(lessonFiles.length).toBeGreaterThan(0);
  });
  for (const name of lessonFiles) {
    it(`${name}: every <Term> names a glossary entry and every <Cite> a source in its frontmatter`, async () => {
      await expect(checkLessonIds(`content/lessons/${name}`, readFileSync(`content/lessons/${name}`, 'utf8'))).resolves.toBeUndefined();
    });
  }
});
