/**
 * Figures a lesson quotes from one cited study, which no data module holds and which appear in no
 * other lesson. Everything else numeric is rendered from src/data or src/rules (stray-facts.ts).
 */
import type { QuotedFigure } from './stray-facts.ts';

export const QUOTED_FIGURES: readonly QuotedFigure[] = [
  { file: 'content/lessons/piriformis-syndrome.mdx', figure: '40.9%', source: 'yuruk-2024' },
  { file: 'content/lessons/piriformis-syndrome.mdx', figure: '50%', source: 'yuruk-2024' },
  { file: 'content/lessons/piriformis-syndrome.mdx', figure: '16.9%', source: 'smoll-2010' },
  { file: 'content/lessons/piriformis-syndrome.mdx', figure: '16.2%', source: 'smoll-2010' },
  { file: 'content/lessons/piriformis-syndrome.mdx', figure: '95%', source: 'smoll-2010' },
  { file: 'content/lessons/piriformis-syndrome.mdx', figure: '23.5%', source: 'smoll-2010' },
  { file: 'content/lessons/piriformis-syndrome.mdx', figure: '1.4%', source: 'natsis-2014' },
  { file: 'content/lessons/piriformis-syndrome.mdx', figure: '31%', source: 'poutoglidou-2020' },
  { file: 'content/lessons/sciatica-is-a-symptom.mdx', figure: '20%', source: 'koes-2007' },
  { file: 'content/lessons/sciatica-is-a-symptom.mdx', figure: '30%', source: 'koes-2007' },
  { file: 'content/lessons/nerve-root-problems.mdx', figure: '86%', source: 'esene-2012' },
  { file: 'content/lessons/nerve-root-problems.mdx', figure: '79%', source: 'esene-2012' },
  { file: 'content/lessons/nerve-root-problems.mdx', figure: '67%', source: 'esene-2012' },
];
