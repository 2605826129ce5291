import { join } from 'node:path';
import { listFiles, urlForFile } from '../../src/integrations/built-files.ts';

/** Every HTML page in a built site, as site paths ("/", "/lessons/x/", "/404.html"); the search index and assets are not pages. */
export function listPages(distDir: string): string[] {
  return listFiles(distDir)
    .filter((file) => file.endsWith('.html') && !file.split('/').some((part) => part === 'pagefind' || part === '_astro'))
    .map(urlForFile)
    .sort();
}

/** The file on disk that serves a site path, as a static host would resolve it. */
export function fileForPath(distDir: string, sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  return clean.endsWith('/') ? join(distDir, clean, 'index.html') : join(distDir, clean);
}
