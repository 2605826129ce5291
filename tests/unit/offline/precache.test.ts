import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPrecache } from '../../../src/integrations/precache.ts';
import { urlForFile } from '../../../src/integrations/built-files.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'precache-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const FILES = {
  'index.html': '<h1>Home</h1>',
  'lessons/a/index.html': '<h1>A</h1>',
  'cases/quizzes.json': '{"quizzes":[]}',
  '404.html': '<h1>Missing</h1>',
  '_astro/BaseLayout.abc.css': 'body{}',
  '_astro/client.abc.js': 'export const x=1;',
  // The viewer island loads its scene on demand; the scene and three.js itself are the heavy part.
  '_astro/Viewer.abc.js': 'const s=()=>import("./Scene.abc.js");',
  '_astro/Scene.abc.js': 'import{a}from"./three.abc.js";export const b=a;',
  '_astro/three.abc.js': 'window.__THREE__="187";export const a=1;',
  'favicon.svg': '<svg/>',
  'og-image.png': 'png',
  'robots.txt': 'User-agent: *',
  'sitemap-index.xml': '<xml/>',
  '_headers': '/*',
  'pagefind/pagefind.js': 'export{}',
  'models/nerve.glb': 'glb',
};

describe('precache list', () => {
  it('maps files to the addresses a static host serves them at', () => {
    expect(urlForFile('index.html')).toBe('/');
    expect(urlForFile('lessons/a/index.html')).toBe('/lessons/a/');
    expect(urlForFile('404.html')).toBe('/404.html');
  });

  it('holds every page, stylesheet, script, icon and the practice data, but not three.js, the search index or crawler files', () => {
    const { urls } = buildPrecache(site(FILES), 'worker');
    expect(urls).toEqual([
      '/', '/404.html', '/_astro/BaseLayout.abc.css', '/_astro/Viewer.abc.js', '/_astro/client.abc.js', '/cases/quizzes.json', '/favicon.svg', '/lessons/a/',
    ]);
  });

  it('changes its version when any stored file or the worker changes, and only then', () => {
    const a = buildPrecache(site(FILES), 'worker').version;
    expect(buildPrecache(site(FILES), 'worker').version).toBe(a);
    expect(buildPrecache(site({ ...FILES, 'lessons/a/index.html': '<h1>A, revised</h1>' }), 'worker').version).not.toBe(a);
    expect(buildPrecache(site(FILES), 'worker v2').version).not.toBe(a);
    // Files the worker does not store do not force readers to download a new version.
    expect(buildPrecache(site({ ...FILES, 'robots.txt': 'Disallow: /' }), 'worker').version).toBe(a);
  });
});
