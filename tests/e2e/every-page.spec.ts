import { expect, test } from '@playwright/test';
import { COLOUR_RULES, MISSING_PATH, axeViolations, sitemapPaths, watchPage } from './helpers.ts';

// The quality gate every page passes: one h1, a title and description, no console error, no request
// to another origin, and no axe violation of the WCAG 2.2 A/AA rules in the light theme. The page is
// then switched to the dark theme and checked again with the rules a theme can change (colour
// contrast): structure, names and roles are the same in both themes, and running every rule twice
// would double the suite's longest part for nothing.
const paths = sitemapPaths();

test('the sitemap lists the main pages', () => {
  for (const path of ['/', '/lessons/', '/glossary/', '/references/', '/red-flags/', '/assign/', '/search/', '/cases/', '/dermatomes/', '/variants/']) {
    expect(paths).toContain(path);
  }
});

test.use({ colorScheme: 'light' });

for (const path of paths) {
  test(`${path} passes the page gate in light and dark`, async ({ page }) => {
    // Each of the two axe runs adds its own budget to this test's (helpers.ts, AXE_RUN_BUDGET_MS).
    const problems = watchPage(page);
    const response = await page.goto(path);
    expect(response?.status(), 'status').toBe(path === MISSING_PATH ? 404 : 200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).trim().length).toBeGreaterThan(3);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    expect(await axeViolations(page), 'light theme').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page, COLOUR_RULES), 'dark theme').toEqual([]);

    // The browser logs the 404 status of a missing page itself; that one is expected.
    const expected = path === MISSING_PATH ? /status of 404/ : /^$/;
    expect(problems.filter((p) => !expected.test(p))).toEqual([]);
  });
}
