import { z } from 'astro/zod';
import { knownId } from './known-id.ts';

/** One term in `content/glossary/<id>.yaml`; the file name is the id lessons link to. */
export const glossarySchema = z.object({
  /** The term as it is written in a heading, e.g. "Dermatome". */
  term: z.string().min(2),
  /** A short definition in plain words, shown in the hover/focus tip and on the glossary page. */
  definition: z.string().min(10).max(320),
  /** Id of the lesson that teaches the term. */
  lesson: knownId('lessons'),
  /** Heading id (slug) inside that lesson, without '#'. Optional. */
  section: z.string().regex(/^[a-z0-9-]+$/, 'a heading id such as "disc-herniation"').optional(),
  /** Other spellings or names, shown on the glossary page and indexed by search. */
  aliases: z.array(z.string()).default([]),
});

export type GlossaryData = z.output<typeof glossarySchema>;
