import { describe, expect, it } from 'vitest';
import { checkLessonIds } from '../helpers/mdx.ts';

// The id check as the build runs it: Sätteri parses the MDX, the plugin finds every <Term> and <Cite>.
const glossary = () => new Set(['dermatome']);
const FRONTMATTER = ['---', 'title: x', 'references: [smoll-2010]', '---'];
const compile = (...body: string[]) => checkLessonIds('content/lessons/x.mdx', [...FRONTMATTER, ...body].join('\n'), glossary);

describe('the known-ids plugin', () => {
  it('accepts known terms and cited sources', async () => {
    await expect(compile('A <Term id="dermatome">dermatome</Term>. <Cite id="smoll-2010" />')).resolves.toBeUndefined();
  });

  it('names an unknown term, an uncited source and a missing id, with their files and lines', async () => {
    await expect(compile('Text <Term id="dermatone">x</Term>', '', '<Cite id="natsis-2014" />', '', 'A <Term>no id</Term> here.')).rejects.toThrow([
      'content/lessons/x.mdx:5: <Term id="dermatone"> names no file in content/glossary/',
      'content/lessons/x.mdx:7: <Cite id="natsis-2014"> is not in this lesson\'s frontmatter "references"',
      'content/lessons/x.mdx:9: <Term> has no id',
    ].join('\n'));
  });

  it('asks for a plain string where the id is an expression', async () => {
    await expect(compile('See <Term id={"dermatome"}>x</Term>.')).rejects.toThrow('content/lessons/x.mdx:5: <Term id={...}> must name its id as a plain string');
  });

  it('leaves other components alone', async () => {
    await expect(compile('<Callout kind="note">No id needed.</Callout>')).resolves.toBeUndefined();
  });
});
