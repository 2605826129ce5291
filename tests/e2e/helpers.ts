import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import axe, { type AxeResults, type RunOptions } from 'axe-core';

/** The built site under test (see playwright.config.ts). */
export const DIST_DIR = process.env.E2E_DIST ?? 'dist';

/** An address with no page: the host answers with the 404 page. */
export const MISSING_PATH = '/no-such-page/';

/** Site paths of every page the sitemap lists, plus a missing one that shows the 404 page. */
export function sitemapPaths(): string[] {
  const index = readFileSync(`${DIST_DIR}/sitemap-index.xml`, 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths = files.flatMap((file) => {
    const xml = readFileSync(`${DIST_DIR}${file}`, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
  return [...paths, MISSING_PATH];
}

/** Collects console errors, uncaught page errors and any request that leaves the site's origin. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return; // data: and blob: stay on the page
    if (url.origin !== new URL(page.url() || request.url()).origin && url.hostname !== 'localhost') {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  return problems;
}

/** The axe rules that depend on colour, the only thing a theme changes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * What one axe run may take on a machine whose load is many times its core count (it walks the whole
 * DOM in the page's main thread). Each run adds this to the running test's budget, so a test's time
 * is the sum of what it waits for, however many axe runs it makes.
 */
export const AXE_RUN_BUDGET_MS = 30_000;

/** The WCAG 2.2 A and AA rules: what every page is checked against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe with the WCAG 2.2 A and AA rules (or only `rules`, e.g. COLOUR_RULES for a second theme);
 * returns one readable line per violation.
 *
 * axe-core is put into the page once per document and run there (`axe.run`). @axe-core/playwright's
 * AxeBuilder, used before, injected its 650 KB source again on every run and opened a second, blank
 * page to assemble each result (its cross-origin-frame mode, which a site without frames does not
 * need); a page checked in two themes cost four script loads and two extra pages (issue 17).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  test.info().setTimeout(test.info().timeout + AXE_RUN_BUDGET_MS);
  const inPage = () => page.evaluate(() => typeof (window as unknown as { axe?: typeof axe }).axe?.run === 'function');
  if (!(await inPage())) await page.evaluate(axe.source);
  // Only violations are reported in full: passes and inapplicable results keep one node each, which
  // spares axe the bookkeeping and the test a large result to copy out of the page on long pages.
  const only: RunOptions['runOnly'] = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const options: RunOptions = { runOnly: only, resultTypes: ['violations'] };
  const results = await page.evaluate((options) => (window as unknown as { axe: typeof axe }).axe.run(document, options), options) as AxeResults;
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
