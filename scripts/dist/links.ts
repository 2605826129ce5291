import { existsSync, readFileSync } from 'node:fs';
import { fileForPath } from './pages.ts';

export interface BrokenLink { page: string; href: string; reason: string }

const idsCache = new Map<string, Set<string>>();

function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/**
 * Every internal link and anchor in the built pages, resolved as a static host would: the target
 * file must exist and, for "#id" links, the id must be on that page.
 */
export function findBrokenLinks(distDir: string, pages: string[]): BrokenLink[] {
  idsCache.clear();
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const file = fileForPath(distDir, page);
    const html = readFileSync(file, 'utf8');
    const hrefs = [...html.matchAll(/<(?:a|link|img|script|source)\b[^>]*?\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
    for (const href of hrefs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // other schemes and origins
      const target = new URL(href, `http://site.invalid${page}`);
      const targetFile = fileForPath(distDir, target.pathname);
      if (!existsSync(targetFile)) {
        broken.push({ page, href, reason: `no file for ${target.pathname}` });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith('.html') && !idsIn(targetFile).has(anchor)) {
        broken.push({ page, href, reason: `no element with id "${anchor}" on ${target.pathname}` });
      }
    }
  }
  return broken;
}
