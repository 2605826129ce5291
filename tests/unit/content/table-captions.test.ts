import fc from 'fast-check';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { CAPTION_PREFIX, captionFrom, remarkTableCaptions } from '../../../src/integrations/remark-table-captions.ts';

describe('captionFrom', () => {
  test('reads the text after "Table: ", trimmed', () => {
    expect(captionFrom('Table: Two kinds of pain compared ')).toBe('Two kinds of pain compared');
  });

  test('an ordinary paragraph, or an empty caption, declares none', () => {
    expect(captionFrom('The table below compares them.')).toBeUndefined();
    expect(captionFrom('table: lower case is prose')).toBeUndefined();
    expect(captionFrom('Table:   ')).toBeUndefined();
  });

  test('any text: a caption only after the exact prefix, and never empty', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const caption = captionFrom(text);
        if (!text.startsWith(CAPTION_PREFIX)) return caption === undefined;
        return caption === undefined ? text.slice(CAPTION_PREFIX.length).trim() === '' : caption === text.slice(CAPTION_PREFIX.length).trim();
      }),
      { numRuns: 500 },
    );
  });
});

describe('the plugin in the MDX pipeline', () => {
  const compile = async (source: string) => (await mdxToJs(source, { mdastPlugins: [remarkTableCaptions()] })).code;

  test('moves the caption line onto the table that follows it', async () => {
    const code = await compile('Intro.\n\nTable: Roots compared\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(code).toContain('"data-caption": "Roots compared"');
    expect(code).not.toContain('Table: Roots compared');
    expect(code).toContain('Intro.');
  });

  test('leaves a "Table:" line that is not right before a table as text', async () => {
    const code = await compile('Table: not a caption\n\nA paragraph.\n\n| a |\n|---|\n| 1 |\n');
    expect(code).toContain('Table: not a caption');
    expect(code).not.toContain('data-caption');
  });
});
