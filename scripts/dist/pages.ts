import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page in a built site, as site paths ("/", "/lessons/x/", "/404.html"). */
export function listPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(distDir, full).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** The file on disk that serves a site path, as a static host would resolve it. */
export function fileForPath(distDir: string, sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  return clean.endsWith('/') ? join(distDir, clean, 'index.html') : join(distDir, clean);
}
