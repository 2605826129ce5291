import { expect, test } from '@playwright/test';
import { MISSING_PATH, axeViolations, sitemapPaths, watchPage } from './helpers.ts';

// The quality gate every page passes, in both themes: one h1, a title, no console error,
// no request to another origin, and no axe violation of the WCAG 2.2 A/AA rules.
const paths = sitemapPaths();

test('the sitemap lists the main pages', () => {
  for (const path of ['/', '/lessons/', '/glossary/', '/references/', '/red-flags/', '/assign/', '/search/']) {
    expect(paths).toContain(path);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of paths) {
      test(`${path} passes the page gate`, async ({ page }) => {
        const problems = watchPage(page);
        const response = await page.goto(path);
        expect(response?.status(), 'status').toBe(path === MISSING_PATH ? 404 : 200);
        await expect(page.locator('h1')).toHaveCount(1);
        expect((await page.title()).trim().length).toBeGreaterThan(3);
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
        expect(await axeViolations(page)).toEqual([]);
        // The browser logs the 404 status of a missing page itself; that one is expected.
        const expected = path === MISSING_PATH ? /status of 404/ : /^$/;
        expect(problems.filter((p) => !expected.test(p))).toEqual([]);
      });
    }
  });
}
