import { expect, test } from '@playwright/test';
import { COLOUR_RULES, MISSING_PATH, axeViolations, sitemapPaths, watchPage } from './helpers.ts';
import { collectCspViolations, headOrder, startWhatWaitsForView, watchCsp } from './csp-watch.ts';

// The quality gate every page passes: one h1, a title and description, no console error, no request
// to another origin, and no axe violation of the WCAG 2.2 A/AA rules in the light theme. The page is
// then switched to the dark theme and checked again with the rules a theme can change (colour
// contrast): structure, names and roles are the same in both themes, and running every rule twice
// would double the suite's longest part for nothing. Last, what starts only when scrolled into view
// (a lesson's 3D viewer) is brought into view until it has drawn, and the Content-Security-Policy must
// have blocked nothing: the page carries a strict policy before any script or style. One load of
// each page serves all of these checks.
const paths = sitemapPaths();

test('the sitemap lists the main pages', () => {
  for (const path of ['/', '/lessons/', '/glossary/', '/references/', '/red-flags/', '/assign/', '/search/', '/cases/', '/dermatomes/', '/variants/']) {
    expect(paths).toContain(path);
  }
});

test.use({ colorScheme: 'light' });

test.beforeEach(async ({ page }) => {
  await collectCspViolations(page);
});

for (const path of paths) {
  test(`${path} passes the page gate in light and dark`, async ({ page }) => {
    // Each axe run and each lazily started view adds its own budget to this test's
    // (helpers.ts AXE_RUN_BUDGET_MS, csp-watch.ts LAZY_START_BUDGET_MS).
    const problems = watchPage(page);
    const violations = watchCsp(page);
    const response = await page.goto(path);
    expect(response?.status(), 'status').toBe(path === MISSING_PATH ? 404 : 200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).trim().length).toBeGreaterThan(3);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, 'the page carries a policy').toBeTruthy();
    expect(/script-src([^;]*)/.exec(policy!)?.[1] ?? '').not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy).toMatch(/default-src 'self'/);
    expect((await headOrder(page)).slice(0, 2), 'the charset, then the policy, before any script or style').toEqual(['charset', 'policy']);
    expect(await axeViolations(page), 'light theme').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page, COLOUR_RULES), 'dark theme').toEqual([]);

    await startWhatWaitsForView(page);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);

    // The browser logs the 404 status of a missing page itself; that one is expected.
    const expected = path === MISSING_PATH ? /status of 404/ : /^$/;
    expect(problems.filter((p) => !expected.test(p))).toEqual([]);
  });
}
