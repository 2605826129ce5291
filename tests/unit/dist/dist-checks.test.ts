import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPages, fileForPath } from '../../../scripts/dist/pages.ts';
import { findBrokenLinks } from '../../../scripts/dist/links.ts';
import { weighPage } from '../../../scripts/dist/page-assets.ts';
import { checkBudgets, type Budgets } from '../../../scripts/dist/budgets.ts';

// A tiny built site with one thing wrong of each kind the gates must catch.
let dist: string;
const write = (path: string, text: string) => {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'dist-checks-'));
  write('index.html', page('<h2 id="top">Top</h2><a href="/lessons/a/">ok</a><a href="/lessons/a/#intro">ok anchor</a><a href="#top">self</a><a href="https://example.org/x">external</a>'));
  write('lessons/a/index.html', page('<h2 id="intro">Intro</h2><a href="/lessons/missing/">dead</a><a href="/#nowhere">dead anchor</a><a href="../../">relative ok</a>'));
  write('_astro/react.js', `/* react-dom */ ${'x'.repeat(5000)} https://react.dev/errors/`);
  write('_astro/island.js', `import{a}from"./react.js";console.log(a);`);
  write('_astro/small.js', 'console.log(1)');
  write('tool/index.html', page('<astro-island component-url="/_astro/island.js"></astro-island>', '<script type="module" src="/_astro/small.js"></script>'));
  write('plain/index.html', page('<p>plain</p>', '<script type="module" src="/_astro/island.js"></script>'));
});

describe('listPages', () => {
  it('lists every HTML page as a site path', () => {
    expect(listPages(dist)).toEqual(['/', '/lessons/a/', '/plain/', '/tool/']);
  });
});

describe('findBrokenLinks', () => {
  it('reports a missing page and a missing anchor, and accepts good, relative and external links', () => {
    const broken = findBrokenLinks(dist, listPages(dist));
    expect(broken).toEqual([
      { page: '/lessons/a/', href: '/lessons/missing/', reason: 'no file for /lessons/missing/' },
      { page: '/lessons/a/', href: '/#nowhere', reason: 'no element with id "nowhere" on /' },
    ]);
  });
});

describe('weighPage and checkBudgets', () => {
  const budgets: Budgets = {
    pageTypes: [
      { name: 'tool', match: '^/tool/$', maxJsGzip: 50, maxCssGzip: 1000, maxHtmlGzip: 1000, islands: true },
      { name: 'plain', match: '.*', maxJsGzip: 100_000, maxCssGzip: 1000, maxHtmlGzip: 1000, islands: false },
    ],
  };

  it('follows an island\'s imports and counts framework code', () => {
    const weight = weighPage(dist, '/tool/', fileForPath(dist, '/tool/'));
    expect(weight.hasIsland).toBe(true);
    expect(weight.frameworkJsGzip).toBeGreaterThan(0);
    expect(weight.js.raw).toBeGreaterThan(5000);
  });

  it('fails a page over its JS budget, and a page without islands that ships framework code', () => {
    const rows = checkBudgets(listPages(dist).map((p) => weighPage(dist, p, fileForPath(dist, p))), budgets);
    const problems = rows.flatMap((r) => r.problems);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^\/plain\/ \(plain\): ships .* of framework JavaScript/);
    expect(problems[1]).toMatch(/^\/tool\/ \(tool\): JavaScript is .* gzip, over its budget of 0\.0 KB/);
    expect(rows.find((r) => r.page.path === '/')?.problems).toEqual([]);
  });
});
