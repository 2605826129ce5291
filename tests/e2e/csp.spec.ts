import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DIST_DIR } from './helpers.ts';
import { collectCspViolations, startWhatWaitsForView, watchCsp } from './csp-watch.ts';
import { getFinding } from '../../src/rules/index.ts';

// The Content-Security-Policy (astro.config.mjs, security.csp) blocks nothing the site itself
// does: the pages after their scripts have run raise no securitypolicyviolation (every page as it
// loads is checked by the page gate, every-page.spec.ts, which loads each page once for all its
// checks). Hostile addresses are read by the pages' parsers and never become markup.

test.beforeEach(async ({ page }) => {
  await collectCspViolations(page);
});

test('the _headers file sends the pages’ policy, and forbids framing', async ({ page }) => {
  await page.goto('/');
  const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
  const header = /^ {2}Content-Security-Policy: (.+)$/m.exec(readFileSync(`${DIST_DIR}/_headers`, 'utf8'))?.[1];
  expect(header).toContain("frame-ancestors 'none'");
  const sources = (policy: string, name: string) => new Set(new RegExp(`(?:^|;)\\s*${name}\\s+([^;]*)`).exec(policy)?.[1]?.trim().split(/\s+/));
  for (const name of ['default-src', 'script-src', 'style-src-elem', 'img-src', 'connect-src']) {
    expect(sources(header!, name), name).toEqual(sources(meta, name));
  }
});

test.describe('after scripts run', () => {
  test('search results, theme toggle, a self-check and marking a lesson done', async ({ page }) => {
    const violations = watchCsp(page);
    await page.goto('/search/?q=piriformis');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await violations()).toEqual([]);

    await page.goto('/lessons/sciatica-is-a-symptom/');
    await page.locator('[data-self-check] [data-option] button').first().click();
    const markDone = page.locator('[data-mark-done]').first();
    if (await markDone.count()) await markDone.click();
    expect(await violations()).toEqual([]);
  });

  test('ticking the red-flag checker', async ({ page }) => {
    const violations = watchCsp(page);
    await page.goto('/red-flags/');
    await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
    await page.getByRole('checkbox', { name: getFinding('saddle-anesthesia').label, exact: true }).check();
    await expect(page.locator('[data-checker] [data-urgency]').first()).toHaveAttribute('data-urgency', 'emergency');
    await page.getByLabel(/Sessions so far/).fill('<img src=x onerror=alert(1)>');
    await expect(page.getByRole('alert')).toContainText('is not a session count');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await violations()).toEqual([]);
  });

  test('answering a case quiz question', async ({ page }) => {
    const violations = watchCsp(page);
    await page.goto('/cases/');
    const first = page.locator('main a[href^="/cases/"]').first();
    await page.goto((await first.getAttribute('href'))!);
    const question = page.locator('fieldset[data-question]').first();
    await question.locator('input').first().check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.locator('[data-feedback]')).not.toBeEmpty();
    expect(await violations()).toEqual([]);
  });

  test('choosing a root on the dermatome map', async ({ page }) => {
    const violations = watchCsp(page);
    await page.goto('/dermatomes/');
    const map = page.locator('.derm').first();
    await expect(map).toHaveAttribute('data-ready', 'true');
    await page.locator('[data-root-button]').first().click();
    expect(await violations()).toEqual([]);
  });

  test('opening the 3D viewer', async ({ page }) => {
    test.setTimeout(60_000);
    const violations = watchCsp(page);
    await page.goto('/variants/');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // A click before the viewer's script takes over would be lost.
    await expect(page.locator('[data-variants-viewer]')).toHaveAttribute('data-enhanced', 'true');
    await page.getByRole('button', { name: 'Load the 3D view' }).click();
    await expect(page.locator('.v3d-stage')).toHaveAttribute('data-scene-ready', 'true', { timeout: 45_000 });
    expect(await violations()).toEqual([]);
  });
});

// Addresses a reader could be sent: each page's parser must turn them away without an error,
// without markup from the address reaching the page, and without tripping the policy.
const HOSTILE = '"><img src=x id=injected onerror=alert(1)><script>window.injected=1</script>';
const HOSTILE_ADDRESSES = [
  `/search/?q=${encodeURIComponent(HOSTILE)}`,
  `/search/?q=${'%E0%A4%A'.repeat(3)}`,
  `/dermatomes/#${encodeURIComponent(HOSTILE)}`,
  `/variants/?type=${encodeURIComponent(HOSTILE)}&layers=${encodeURIComponent(HOSTILE)}`,
  `/assignment/?a=${encodeURIComponent(HOSTILE)}`,
  `/assignment/?${encodeURIComponent(HOSTILE)}=1&cases=%%`,
  `/assign/?cases=${encodeURIComponent(HOSTILE)}&title=${encodeURIComponent(HOSTILE)}`,
  `/assign/key/?a=${encodeURIComponent(HOSTILE)}`,
  `/cases/?topic=${encodeURIComponent(HOSTILE)}&level=%`,
  `/practice/?set=${encodeURIComponent(HOSTILE)}`,
];

test.describe('hostile addresses', () => {
  for (const address of HOSTILE_ADDRESSES) {
    test(`${address.slice(0, 60)} is handled`, async ({ page }) => {
      const violations = watchCsp(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(address);
      expect(response?.status()).toBe(200);
      await startWhatWaitsForView(page);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await page.locator('#injected').count()).toBe(0);
      expect(await page.evaluate(() => 'injected' in window)).toBe(false);
      expect(errors).toEqual([]);
      expect(await violations()).toEqual([]);
    });
  }
});
