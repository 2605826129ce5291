import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentFactProblems, lessonFiles } from '../../../src/integrations/content-facts.ts';
import { findStrayFacts, quotedFigureProblems, readableText } from '../../../src/integrations/stray-facts.ts';
import { QUOTED_FIGURES } from '../../../src/integrations/quoted-figures.ts';

const FILE = 'content/lessons/example.mdx';
const lesson = (...lines: string[]) => ['---', 'title: Example', '---', ...lines].join('\n');

describe('the lessons as they are', () => {
  it('type no percentage, session count or root attribution that the data holds', () => {
    expect(contentFactProblems()).toBe('');
  });
  it('quote each allowed study figure in its one file only', () => {
    expect(quotedFigureProblems(lessonFiles(), QUOTED_FIGURES)).toEqual([]);
  });
});

describe('a planted stray fact is caught, with its file and line', () => {
  it('a percentage in prose or in a table', () => {
    const found = findStrayFacts(FILE, lesson('Intro.', '', '| B | through | below | 9.8% pooled |'));
    expect(found).toEqual([{ file: FILE, line: 6, kind: 'percentage', text: '9.8%' }]);
  });
  it('a session count, in words or digits', () => {
    const found = findStrayFacts(FILE, lesson('Refer if nothing changes within three to four sessions.', 'Or after 4 sessions.'));
    expect(found.map((f) => [f.line, f.kind, f.text])).toEqual([[4, 'session count', 'three to four sessions'], [5, 'session count', '4 sessions']]);
  });
  it('a root attribution, also inside a self-check question', () => {
    const found = findStrayFacts(FILE, lesson('- **L5**: the outer side of the shin and the top of the foot.', '<SelfCheck', '  question="Which reflex reflects the S1 root?"', '  options={["A", "B"]}', '  answer={0}', '>'));
    expect(found.map((f) => [f.line, f.kind])).toEqual([[4, 'root attribution'], [6, 'root attribution']]);
  });
  it('names the file and line in the build message', () => {
    const files = new Map([[FILE, lesson('', 'Type B is found in 9.8% of limbs.')]]);
    expect(contentFactProblems(files)).toMatch(/content\/lessons\/example\.mdx:5: percentage "9\.8%"/);
  });
});

describe('what the check leaves alone', () => {
  it('facts rendered by the data components, whatever their props', () => {
    expect(findStrayFacts(FILE, lesson('The <RootFact root="L5" fact="skin" /> fits <RootName root="L5" />.', 'Type B: <VariantPrevalence type="B" source="tomaszewski-2016" /> pooled.', 'Refer after <SessionCount of="span" /> sessions.'))).toEqual([]);
  });
  it('vertebral levels and roots named without a fact', () => {
    expect(findStrayFacts(FILE, lesson('The cord ends at about the level of the L1 to L2 vertebrae.', 'Options: "L4", "L5", "S1".'))).toEqual([]);
  });
  it('a quoted study figure in its own file, but not in another', () => {
    const quoted = [{ file: FILE, figure: '40.9%', source: 'yuruk-2024' }];
    expect(findStrayFacts(FILE, lesson('So 40.9% responded.'), quoted)).toEqual([]);
    expect(findStrayFacts('content/lessons/other.mdx', lesson('So 40.9% responded.'), quoted)).toHaveLength(1);
    const files = new Map([[FILE, lesson('40.9%')], ['content/lessons/other.mdx', lesson('40.9% again')]]);
    expect(quotedFigureProblems(files, quoted)).toEqual(['40.9% (yuruk-2024) is allowed only in content/lessons/example.mdx but also appears in content/lessons/other.mdx']);
  });
});

describe('readableText', () => {
  it('keeps every line in place, so reported line numbers match the file', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('text ', '<Cite id="x" />', '<SelfCheck\n question="Q?"\n>', 'import A from "b";\n', '{"{"}', '\n', '"', '<', '>', '9.8%', '}'), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        const out = readableText(source);
        expect(out.split('\n').length).toBe(source.split('\n').length);
      }),
      { numRuns: 300 },
    );
  });
});
