import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, expectNoAxeViolations } from './helpers.ts';
import { startStaticHost, type StaticHost } from './static-host.ts';
import { getFinding } from '../../src/rules/index.ts';

// After one visit, the service worker (src/integrations/service-worker.ts) has stored the whole
// site: with the network gone, the red-flag checker, lessons, glossary and dermatome map still
// work. A new deploy waits until the reader chooses to reload.
test.use({ serviceWorkers: 'allow' });

const LESSON = '/lessons/sciatica-is-a-symptom/';

async function waitForOfflineCopy(page: Page, origin = ''): Promise<void> {
  await page.goto(`${origin}/`);
  // `ready` resolves once a worker is active, that is, after every precached file was stored.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit, the red-flag checker and a lesson work offline', async ({ page, context }) => {
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  const checker = await page.goto('/red-flags/');
  expect(checker?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Red flags at a glance' })).toBeVisible();
  // The island hydrates from cached JavaScript: ticking a red flag changes the verdict.
  await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
  await page.getByRole('checkbox', { name: getFinding('saddle-anesthesia').label, exact: true }).check();
  await expect(page.locator('[data-checker] [data-urgency]').first()).toHaveAttribute('data-urgency', 'emergency');

  await page.goto(LESSON);
  await expect(page.locator('h1')).toBeVisible();
  // The stylesheet came from the cache too: the page is laid out, not bare HTML.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');

  for (const path of ['/glossary/', '/dermatomes/', '/lessons/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
  }
});

test('offline, a page that is not part of the site shows the 404 page', async ({ page, context }) => {
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test.describe('a new deploy', () => {
  let host: StaticHost;
  test.beforeEach(async () => {
    host = await startStaticHost(DIST_DIR);
  });
  test.afterEach(async () => {
    await host.close();
  });

  /** Visits the site, then deploys a worker with another version, as the next build would write. */
  async function deployNextVersion(page: Page): Promise<string[]> {
    await waitForOfflineCopy(page, host.origin);
    const before = await page.evaluate(() => caches.keys());
    const current = readFileSync(join(DIST_DIR, 'sw.js'), 'utf8');
    host.replace('/sw.js', current.replace(/^const VERSION = "([^"]+)";/, 'const VERSION = "$1-next";'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    return before;
  }
  const noticeText = 'Updated: reload to see the new version.';

  test('is announced politely, and the Reload button switches to it', async ({ page }) => {
    const before = await deployNextVersion(page);
    await expect(page.getByRole('status').filter({ hasText: noticeText })).toBeVisible();
    await expectNoAxeViolations(page);
    // The new version is stored beside the old one and waits: nothing switched under the reader.
    const next = before.map((name) => `${name}-next`);
    expect(await page.evaluate(() => caches.keys())).toEqual([...before, ...next]);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null))).toBe(true);

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    // The new version took over and the old cache is gone.
    await expect.poll(() => page.evaluate(() => caches.keys())).toContain(next[0]);
    expect((await page.evaluate(() => caches.keys())).filter((name) => !name.startsWith(next[0]!))).toEqual([]);
    await expect(page.getByText(noticeText)).toBeHidden();
  });

  test('the notice can be dismissed', async ({ page }) => {
    await deployNextVersion(page);
    await expect(page.getByText(noticeText)).toBeVisible();
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByText(noticeText)).toBeHidden();
  });
});
