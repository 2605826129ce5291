import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFileSync as read } from 'node:fs';
import { DESKTOP_CONTENT_WIDTH, FIGURE_MIN_WIDTHS, MIN_TEXT_PX, renderedTextPx } from '../../../src/components/figures/figure-text.ts';
import { gluteusMinimusBlocks } from '../../../src/components/figures/gluteus-minimus-figure.ts';
import { discLevelLabels } from '../../../src/components/figures/disc-level-figure.ts';
import { wrapText } from '../../../src/components/figures/wrap-text.ts';
import { findStrayFacts } from '../../../src/integrations/stray-facts.ts';

const DIR = 'src/components/figures';
// Being replaced by another engineer's six-up figure built from the route data (issue 12 note).
const NOT_OURS = new Set(['BeatonAnsonTypes.astro']);
const figures = readdirSync(DIR).filter((f) => f.endsWith('.astro') && f !== 'FigureScroll.astro' && !NOT_OURS.has(f));
const facts = JSON.parse(read('tests/fixtures/facts/dermatomes.json', 'utf8')) as {
  roots: Record<string, { skin: string; keyPoint: string; disc: string | null }>;
  gluteusMinimus: Record<string, { area: string; overlaps: string[] }>;
};

/** A figure's width in drawing units: a literal viewBox, or the WIDTH constant of a computed one. */
function viewBoxWidth(source: string): number {
  const literal = /viewBox="0 0 (\d+) \d+"/.exec(source);
  if (literal) return Number(literal[1]);
  const constant = /const WIDTH = (\d+);/.exec(source);
  if (!constant) throw new Error('no viewBox width found');
  return Number(constant[1]);
}

describe('figure text on a 375 px screen (issue 16)', () => {
  for (const file of figures) {
    it(`${file}: no text under ${MIN_TEXT_PX} px`, () => {
      const source = readFileSync(`${DIR}/${file}`, 'utf8');
      const sizes = [...source.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      const minWidth = Number(/<FigureScroll minWidth=\{(\d+)\}/.exec(source)?.[1] ?? 0);
      const smallest = renderedTextPx(Math.min(...sizes), viewBoxWidth(source), minWidth);
      expect(smallest, `smallest text renders at ${smallest.toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    });
  }

  it('never makes a figure scroll at desktop width', () => {
    for (const width of FIGURE_MIN_WIDTHS) expect(width).toBeLessThanOrEqual(DESKTOP_CONTENT_WIDTH);
  });

  it('catches a figure whose text would shrink too far', () => {
    expect(renderedTextPx(13, 720)).toBeLessThan(MIN_TEXT_PX);
    expect(renderedTextPx(13, 720, 720)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });
});

describe('figure labels come from the data', () => {
  it('the gluteus minimus figure shows each zone, what it overlaps and each overlapped dermatome', () => {
    const blocks = gluteusMinimusBlocks((t) => [t]);
    const text = blocks.map((b) => `${b.heading} ${b.lines.join(' ')}`).join('\n');
    for (const zone of Object.values(facts.gluteusMinimus)) {
      expect(text).toContain(zone.area);
      expect(text).toContain(`Overlaps: ${zone.overlaps.join(' and ')}`);
      for (const root of zone.overlaps) {
        expect(text).toContain(`${root} dermatome (nerve root)`);
        expect(text).toContain(facts.roots[root]!.skin);
      }
    }
  });

  it('the disc-level figure labels each herniation with the fixture disc and root', () => {
    const { first, farLateral, second } = discLevelLabels();
    expect([first.disc, first.root]).toEqual([facts.roots.L5!.disc, 'L5']);
    expect([second.disc, second.root]).toEqual([facts.roots.S1!.disc, 'S1']);
    expect([farLateral.disc, farLateral.root]).toEqual([facts.roots.L5!.disc, 'L4']);
  });

  for (const file of figures) {
    it(`${file}: types no percentage, session count or root attribution in its text`, () => {
      const source = readFileSync(`${DIR}/${file}`, 'utf8');
      // Only what the figure says: <text>, <title>, <desc> and <figcaption> contents.
      const said = [...source.matchAll(/<(text|title|desc|figcaption)\b[^>]*>([^<]*)</g)].map((m) => m[2]).join('\n');
      expect(findStrayFacts(file, said)).toEqual([]);
    });
  }
});

describe('wrapText', () => {
  it('breaks at spaces and never loses a word', () => {
    const text = 'The lower outer buttock, the outer thigh, the knee and the outer side of the lower leg down to the ankle.';
    const lines = wrapText(text, 30);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
  });
});
