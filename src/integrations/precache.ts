// What the service worker stores at install: every page, every stylesheet, the JavaScript the
// pages run, and the icons, but not the 3D viewer's three.js chunks (a quarter of a megabyte
// gzip that most readers never open; the worker caches them after first use instead).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { listFiles, staticImports, urlForFile } from './built-files.ts';

export interface Precache {
  /** Site paths to store, sorted: "/", "/lessons/x/", "/_astro/a.css", "/404.html". */
  urls: string[];
  /** Changes whenever any listed file (or the worker itself) changes: names the cache. */
  version: string;
  bytes: number;
}

/** Root files a page never needs offline: crawler and social-preview files, host config, the worker. */
const ROOT_SKIP = new Set(['robots.txt', '_headers', '_redirects', 'sw.js', 'og-image.png']);
/** Marks three.js: it registers its version on `window.__THREE__`. */
const THREE_MARKER = '__THREE__';

/** JS files that are three.js or import it (statically, at any depth): the 3D viewer's heavy part. */
export function threeJsFiles(jsFiles: readonly string[], read: (file: string) => string): Set<string> {
  const imports = new Map(jsFiles.map((file) => [file, staticImports(read(file))
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => posix.join(posix.dirname(file), spec))]));
  const heavy = new Set(jsFiles.filter((file) => read(file).includes(THREE_MARKER)));
  for (let grew = true; grew;) {
    grew = false;
    for (const [file, deps] of imports) {
      if (!heavy.has(file) && deps.some((dep) => heavy.has(dep))) {
        heavy.add(file);
        grew = true;
      }
    }
  }
  return heavy;
}

function keep(file: string): boolean {
  if (file.endsWith('.map')) return false;
  if (file.endsWith('.html')) return true;
  if (file.startsWith('_astro/')) return true;
  // The practice mode draws its sets from this file, so practice works offline too.
  if (file === 'cases/quizzes.json') return true;
  // Other root files (icons); folders such as pagefind/ or 3D models load at run time.
  return !file.includes('/') && !ROOT_SKIP.has(file) && !/^sitemap.*\.xml$/.test(file);
}

export function buildPrecache(distDir: string, workerSource: string): Precache {
  const files = listFiles(distDir);
  const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
  const heavy = threeJsFiles(files.filter((f) => f.startsWith('_astro/') && f.endsWith('.js')), read);
  const chosen = files.filter((file) => keep(file) && !heavy.has(file)).sort();
  const hash = createHash('sha256').update(workerSource);
  let bytes = 0;
  for (const file of chosen) {
    const content = readFileSync(join(distDir, file));
    bytes += content.length;
    hash.update(`${file}\0`).update(content);
  }
  return { urls: chosen.map(urlForFile).sort(), version: hash.digest('hex').slice(0, 12), bytes };
}
