// The course content as the build reads it, for the review tests: lesson bodies (MDX source) and
// glossary entries validated by the collection's schema.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { glossarySchema } from '../../../src/content/schemas/glossary.ts';

export function lessonBodies(): { id: string; body: string }[] {
  return readdirSync('content/lessons')
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const source = readFileSync(`content/lessons/${name}`, 'utf8');
      // The collection's `body` is the file after its frontmatter.
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
      return { id: name.replace(/\.mdx$/, ''), body };
    });
}

export function glossaryEntries() {
  return readdirSync('content/glossary')
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: glossarySchema.parse(parse(readFileSync(`content/glossary/${name}`, 'utf8'))) }));
}
