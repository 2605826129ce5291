import { describe, expect, it } from 'vitest';
import { describeBodyIdProblems, findBodyIdProblems } from '../../../src/content/lesson-body-ids.ts';

const known = { glossary: new Set(['dermatome']), lessonReferences: new Set(['smoll-2010']) };

describe('findBodyIdProblems', () => {
  it('accepts known terms and cited sources', () => {
    expect(findBodyIdProblems('A <Term id="dermatome">dermatome</Term>.<Cite id="smoll-2010" />', known)).toEqual([]);
  });

  it('names an unknown term, an uncited source and a missing id, with their lines', () => {
    const source = ['---', 'title: x', '---', 'Text <Term id="dermatone">x</Term>', '<Cite id="natsis-2014" />', '<Term>no id</Term>'].join('\n');
    const problems = findBodyIdProblems(source, known);
    expect(problems).toEqual([
      { line: 4, message: '<Term id="dermatone"> names no file in content/glossary/' },
      { line: 5, message: '<Cite id="natsis-2014"> is not in this lesson\'s frontmatter "references"' },
      { line: 6, message: '<Term> has no id' },
    ]);
    expect(describeBodyIdProblems('content/lessons/x.mdx', problems)).toMatch(/^content\/lessons\/x\.mdx:4: <Term id="dermatone">/);
  });
});
