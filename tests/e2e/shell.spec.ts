import { expect, test } from '@playwright/test';
import { MISSING_PATH } from './helpers.ts';

test('the home page offers the three ways in', async ({ page }) => {
  await page.goto('/');
  for (const [name, href] of [['Study the lessons', '/lessons/'], ['Assign a case quiz', '/assign/'], ['Red flags at a glance', '/red-flags/']]) {
    await expect(page.getByRole('link', { name: name! })).toHaveAttribute('href', href!);
  }
  await expect(page.getByRole('contentinfo')).toContainText('Educational material, not medical advice; follow your local scope of practice.');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'References' })).toHaveAttribute('href', '/references/');
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/lessons/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every focusable element on the home page shows a visible focus ring', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, `focus ring on ${outline.tag}`).not.toBe('none');
    expect(outline.width, `focus ring on ${outline.tag}`).toBeGreaterThanOrEqual(2);
  }
});

test.describe('theme', () => {
  test('follows the system setting, and the toggle choice persists across pages and reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBackground = await background();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await background()).not.toBe(darkBackground);
    await page.goto('/glossary/');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  test("the browser's theme colour follows the system, then the reader's choice, across a reload", async ({ page }) => {
    const themeColours = () => page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => [m.getAttribute('media'), m.getAttribute('content')]));
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    const light = manifest.theme_color as string;
    const dark = manifest.color_scheme_dark.theme_color as string;
    expect(light).not.toBe(dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    expect(await themeColours()).toEqual([['(prefers-color-scheme: light)', light], ['(prefers-color-scheme: dark)', dark]]);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await themeColours()).toEqual([['(prefers-color-scheme: light)', dark], ['(prefers-color-scheme: dark)', dark]]);
    await page.reload();
    expect(await themeColours()).toEqual([['(prefers-color-scheme: light)', dark], ['(prefers-color-scheme: dark)', dark]]);
  });

  test('ignores a corrupted stored choice', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('sciatic-atlas:theme', '<script>alert(1)</script>'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
});

test.describe('lesson pages', () => {
  test('the sidebar lists lessons in course order and previous/next links follow it', async ({ page }) => {
    await page.goto('/lessons/');
    const listed = await page.locator('[data-lesson]').evaluateAll((items) => items.map((i) => i.getAttribute('data-lesson')));
    expect(listed.length).toBeGreaterThan(0);
    await page.goto(`/lessons/${listed[0]}/`);
    const sidebar = await page.locator('[data-lesson-link]').evaluateAll((links) => links.map((l) => l.getAttribute('data-lesson-link')));
    expect(sidebar).toEqual(listed);
    await expect(page.locator('[data-lesson-link][aria-current="page"]')).toHaveAttribute('data-lesson-link', listed[0]!);
    if (listed.length > 1) {
      await page.getByRole('link', { name: /Next lesson/ }).click();
      await expect(page).toHaveURL(new RegExp(`/lessons/${listed[1]}/$`));
      await expect(page.getByRole('link', { name: /Previous lesson/ })).toHaveAttribute('href', `/lessons/${listed[0]}/`);
    }
  });

  test('a clinical lesson carries the scope note and points to the red-flag page', async ({ page }) => {
    await page.goto('/lessons/');
    await page.locator('[data-lesson] a').first().click();
    const scope = page.getByRole('complementary', { name: 'Scope of practice' });
    await expect(scope).toContainText('Massage therapists do not diagnose');
    await expect(scope.getByRole('link', { name: 'red-flag checker' })).toHaveAttribute('href', '/red-flags/');
  });
});

test.describe('search', () => {
  test('finds a lesson by its words, by keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the site' }).focus();
    await page.keyboard.type('sciatica');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=sciatica/);
    const results = page.locator('[data-search-results] > li');
    // The first search loads the index (while the service worker stores the site on a first visit).
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('[data-search-status]')).toContainText(/\d+ pages? match “sciatica”/);
    // Tab from the search box reaches the first result link.
    await page.getByRole('searchbox', { name: /Search lessons/ }).focus();
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab');
    await expect(results.first().locator('.search-result__link')).toBeFocused();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzqxjv');
    await expect(page.locator('[data-search-status]')).toContainText('No results for “zzqxjv”');
  });
});

test('the 404 page offers search and the lesson list', async ({ page }) => {
  const response = await page.goto(MISSING_PATH);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('searchbox', { name: 'Search the site' }).last()).toBeVisible();
  expect(await page.locator('main ol li a[href^="/lessons/"]').count()).toBeGreaterThan(0);
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of ['/', '/lessons/', '/glossary/', '/search/', '/red-flags/', '/variants/', '/dermatomes/', '/cases/', '/assign/']) {
    test(`${path} has no horizontal scrolling at 320 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('print drops the navigation and keeps the text', async ({ page }) => {
  await page.goto('/lessons/');
  await page.locator('[data-lesson] a').first().click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.lesson-sidebar')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});
