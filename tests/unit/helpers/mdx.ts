// Compiles an MDX lesson the way the build does for the checks that matter to the tests: Sätteri's
// MDX parser with the known-ids plugin (src/integrations/remark-known-ids.ts).
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { parse } from 'yaml';
import { remarkKnownIds } from '../../../src/integrations/remark-known-ids.ts';

/** The frontmatter and the body, with the frontmatter blanked to spaces (as Astro does), so lines match the file. */
function splitFrontmatter(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---(?=\n|$)/.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  const blanked = match[0].replace(/[^\n]/g, ' ');
  return { frontmatter: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: blanked + source.slice(match[0].length) };
}

/** Resolves when every <Term> and <Cite> id is known; rejects with "file:line: problem" lines otherwise. */
export async function checkLessonIds(file: string, source: string, glossary?: () => ReadonlySet<string>): Promise<void> {
  const { frontmatter, body } = splitFrontmatter(source);
  await mdxToJs(body, {
    mdastPlugins: [remarkKnownIds(glossary)],
    fileURL: pathToFileURL(`${process.cwd()}/${file}`),
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
}
