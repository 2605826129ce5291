// Reading a built site (dist/): its files, the address a static host serves each at, and the JS
// modules a chunk imports. Shared by the build steps (service worker, _headers) and the dist checks
// (links, budgets), so they all see the same site.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file in a built site, as paths relative to it with forward slashes. */
export function listFiles(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(distDir, full).split(sep).join('/'));
    }
  };
  walk(distDir);
  return out;
}

/** The site path a static host serves a file at: "lessons/x/index.html" is "/lessons/x/". */
export function urlForFile(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * The `.js` specifiers a module imports statically. Rolldown writes some specifiers as template
 * literals, so quotes of all three kinds count.
 */
export function staticImports(source: string): string[] {
  return [...source.matchAll(/\bimport\s*(?:[\w*{},\s$]+from\s*)?["'`]([^"'`$]+\.js)["'`]/g)].map((m) => m[1]!);
}
