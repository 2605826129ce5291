import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DIST_DIR } from './helpers.ts';

// The site installs as an app: Chromium's own installability check (the one Lighthouse's
// installability audit reported) finds nothing wrong with the manifest, its icons or the service
// worker, and the installed start page and /review/ open offline from the worker's cache.
test.use({ serviceWorkers: 'allow' });

const manifest = JSON.parse(readFileSync(`${DIST_DIR}/manifest.webmanifest`, 'utf8'));

test('the manifest names the app, its icons (maskable too), colours for light and dark, start URL and standalone display', () => {
  expect(manifest).toMatchObject({ name: 'Sciatic Atlas', start_url: '/', display: 'standalone', theme_color: expect.any(String), background_color: expect.any(String) });
  expect(manifest.color_scheme_dark).toMatchObject({ theme_color: expect.any(String), background_color: expect.any(String) });
  const sizes = (purpose: string) => manifest.icons.filter((i: { purpose: string }) => i.purpose === purpose).map((i: { sizes: string }) => i.sizes);
  expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(sizes('maskable')).toEqual(expect.arrayContaining(['512x512']));
});

test('Chromium finds no installability error, and the installed app opens offline', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cdp = await context.newCDPSession(page);
  const { errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
  expect(manifestErrors).toEqual([]);
  expect(data).toContain('"standalone"');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are off-the-record profiles; that one error concerns the profile, not the site.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

  await context.setOffline(true);
  for (const path of ['/', '/review/', '/manifest.webmanifest', '/icon-maskable-512.png']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
  }
  await page.goto('/review/');
  await expect(page.locator('[data-review]')).toBeVisible();
});
