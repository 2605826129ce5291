import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/**
 * The ids of the entries in one `content/` folder: each file's name without its extension.
 * The schemas use these to reject a reference to an entry that does not exist while the
 * content is being loaded, so the error names the file and the field that hold the bad id.
 * Paths are from the project root (where astro, vitest and the scripts run), not from this
 * file, because the build bundles this module elsewhere.
 */
export function entryIdsIn(folder: string): ReadonlySet<string> {
  let names: string[];
  try {
    names = readdirSync(join(process.cwd(), 'content', folder));
  } catch {
    names = [];
  }
  return new Set(names.filter((name) => !name.startsWith('.')).map((name) => basename(name, extname(name))));
}
