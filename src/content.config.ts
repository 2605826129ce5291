import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './content/schemas/lesson.ts';
import { glossarySchema } from './content/schemas/glossary.ts';
import { referenceSchema } from './content/schemas/reference.ts';
import { caseSchema } from './content/schemas/case.ts';

// Every collection loads from the top-level `content/` folder; an entry's id is its file name.
const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '*.mdx' }),
  schema: lessonSchema,
});

const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: glossarySchema,
});

const references = defineCollection({
  loader: glob({ base: './content/references', pattern: '*.yaml' }),
  schema: referenceSchema,
});

const cases = defineCollection({
  loader: glob({ base: './content/cases', pattern: '*.yaml' }),
  schema: caseSchema,
});

export const collections = { lessons, glossary, references, cases };
