import { z } from 'astro/zod';
import { entryIdsIn } from '../ids.ts';

/**
 * An id that must name an existing file in `content/<folder>/`. Checked while the content
 * loads, so a typo fails the build with the file and the field in the message.
 */
export function knownId(folder: 'lessons' | 'references' | 'glossary') {
  const known = entryIdsIn(folder);
  return z
    .string()
    .refine((id) => known.has(id), {
      error: (issue) => `"${String(issue.input)}" names no file in content/${folder}/ (known: ${[...known].sort().join(', ')})`,
    });
}
