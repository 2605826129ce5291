import { z } from 'astro/zod';
import { knownId } from './known-id.ts';

/** Frontmatter of a lesson in `content/lessons/<id>.mdx`. */
export const lessonSchema = z.object({
  /** The lesson's title, shown as its h1 and in the sidebar. */
  title: z.string().min(3),
  /** One or two sentences: what the lesson teaches. Used as the page description and in lists. */
  summary: z.string().min(20).max(300),
  /** Position in the course, starting at 1. Orders the sidebar and previous/next links. */
  order: z.number().int().positive(),
  /** What a learner can do after the lesson, shown at the top. */
  objectives: z.array(z.string().min(5)).min(2),
  /** Estimated reading time in minutes. */
  minutes: z.number().int().positive().max(90),
  /** Ids of entries in `content/references/` that this lesson cites. */
  references: z.array(knownId('references')).min(1),
  /** A clinical page: shows the scope-of-practice note and a link to the red-flag checker. Default true. */
  clinical: z.boolean().default(true),
});
