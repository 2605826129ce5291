// Stops the build when a lesson types a percentage, a session count or a root attribution instead
// of rendering it from the data (stray-facts.ts), naming the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { describeStrayFacts, findStrayFacts, quotedFigureProblems } from './stray-facts.ts';
import { QUOTED_FIGURES } from './quoted-figures.ts';

export const LESSON_DIR = 'content/lessons';

export function lessonFiles(dir = LESSON_DIR): Map<string, string> {
  const names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  return new Map(names.map((name) => [`${dir}/${name}`, readFileSync(join(dir, name), 'utf8')]));
}

/** Every problem in the lessons, as one message; empty when there is none. */
export function contentFactProblems(files = lessonFiles()): string {
  const stray = [...files].flatMap(([file, text]) => findStrayFacts(file, text, QUOTED_FIGURES));
  const allowlist = quotedFigureProblems(files, QUOTED_FIGURES);
  return [stray.length > 0 ? describeStrayFacts(stray) : '', ...allowlist].filter(Boolean).join('\n');
}

export default function contentFacts(): AstroIntegration {
  return {
    name: 'sciatic-atlas:content-facts',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const problems = contentFactProblems();
        if (problems) throw new Error(problems);
        logger.info('lessons type no fact that src/data or src/rules holds');
      },
    },
  };
}
