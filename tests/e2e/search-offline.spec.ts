import { expect, test, type Page } from '@playwright/test';

// Search offline: the service worker stores Pagefind's index as it is used, and the search page
// fetches the rest of it after the first search, so after one search online any search works
// offline. Before that, the page says plainly that search needs a connection.
test.use({ serviceWorkers: 'allow' });

async function controlledBySw(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

function uncaughtErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('after one search online, other searches work offline', async ({ page, context }) => {
  const errors = uncaughtErrors(page);
  await controlledBySw(page);
  await page.goto('/search/?q=piriformis');
  // The first search loads the index while the worker is still storing the site.
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-search-form]')).toHaveAttribute('data-offline-ready', '', { timeout: 20_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  const box = page.getByRole('searchbox', { name: /Search lessons/ });
  for (const term of ['sacrum', 'dermatome', 'referral']) {
    await box.fill(term);
    await expect(page.locator('[data-search-status]')).toContainText(`match “${term}”`);
    await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('offline before any search, it says search needs a connection, without uncaught errors', async ({ page, context }) => {
  const errors = uncaughtErrors(page);
  await controlledBySw(page);
  await context.setOffline(true);
  await page.goto('/search/?q=piriformis');
  await expect(page.locator('[data-search-status]')).toContainText('Search needs a connection the first time');
  await page.getByRole('searchbox', { name: /Search lessons/ }).fill('sacrum');
  await expect(page.locator('[data-search-status]')).toContainText('Search needs a connection the first time');
  expect(errors).toEqual([]);
});
