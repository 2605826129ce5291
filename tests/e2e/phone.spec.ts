import { expect, test } from '@playwright/test';
import { watchPage } from './helpers.ts';

// What a reader on a phone notices first: the lesson's title on the first screen, a menu button
// instead of three rows of links, glossary terms that open where they are tapped.
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };
const LESSON = '/lessons/piriformis-syndrome/';

test.describe('on a 375 px phone', () => {
  test.use(PHONE);

  test('the lesson title is on the first screen and the course list starts folded', async ({ page }) => {
    await page.goto(LESSON);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeInViewport({ ratio: 1 });
    const box = (await h1.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(812);
    await expect(page.locator('[data-course-details]')).not.toHaveAttribute('open', '');
    await expect(page.locator('.lesson-sidebar ol')).toBeHidden();
    // In the document the lesson's h1 comes before the course list's h2.
    const order = await page.evaluate(() => [...document.querySelectorAll('h1, h2')].map((h) => h.tagName + (h.id ? `#${h.id}` : '')));
    expect(order[0]).toBe('H1');
    expect(order.indexOf('H2#course-title')).toBeGreaterThan(0);
  });

  test('the menu button opens and closes the site links by touch and by keyboard', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Menu' });
    const lessonsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(lessonsLink).toBeHidden();
    // The header is one compact row.
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(70);

    await button.tap();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(lessonsLink).toBeVisible();
    await page.locator('main h1').tap();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(lessonsLink).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(lessonsLink).toBeHidden();
    await page.keyboard.press('Space');
    await expect(lessonsLink).toBeVisible();
  });

  test('a glossary term opens in place by tap, with a link to its entry, and closes again', async ({ page }) => {
    await page.goto(LESSON);
    const term = page.locator('.term').first();
    const word = term.locator('[data-term-link]');
    const card = term.locator('.term__pop');
    await word.scrollIntoViewIfNeeded();
    await expect(card).toBeHidden();

    await word.tap();
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
    await expect(card.getByRole('link', { name: 'Full entry in the glossary' })).toHaveAttribute('href', /^\/glossary\/#[a-z0-9-]+$/);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);

    await word.tap(); // a second tap closes it
    await expect(card).toBeHidden();
    await word.tap();
    await expect(card).toBeVisible();
    await page.locator('main h1').tap(); // a tap elsewhere closes it
    await expect(card).toBeHidden();
    await word.tap();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('a wide table scrolls in its own box that keyboard users can reach', async ({ page }) => {
    await page.goto('/lessons/entrapment-sites/');
    const box = page.locator('.table-scroll').first();
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await expect(box).toHaveAttribute('tabindex', '0');
    // The box is named by the table's caption, which stays on the screen while the columns scroll.
    const caption = box.locator('caption');
    await expect(box).toHaveAccessibleName((await caption.textContent())!);
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const captionBox = (await caption.boundingBox())!;
    expect(captionBox.x).toBeGreaterThanOrEqual(0);
    expect(captionBox.x + captionBox.width).toBeLessThanOrEqual(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('on a phone without JavaScript', () => {
  test.use({ ...PHONE, javaScriptEnabled: false });
  test('the site links are simply shown, with no dead menu button', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });
});

test('every table in every lesson has a caption of its own, which names its scrolling box', async ({ page }) => {
  await page.goto('/lessons/');
  const lessons = await page.locator('[data-lesson]').evaluateAll((items) => items.map((i) => i.getAttribute('data-lesson')));
  let tables = 0;
  for (const lesson of lessons) {
    await page.goto(`/lessons/${lesson}/`);
    const boxes = page.locator('main .table-scroll');
    const names = await boxes.evaluateAll((els) => els.map((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));
    expect(names.every((name) => name.length > 10), `${lesson}: ${JSON.stringify(names)}`).toBe(true);
    expect(new Set(names).size, lesson!).toBe(names.length);
    expect(await page.locator('main p').filter({ hasText: /^Table: / }).count(), `${lesson}: a caption line left as text`).toBe(0);
    tables += names.length;
  }
  expect(tables).toBeGreaterThanOrEqual(7);
});

test('"On this page" marks the section being read, beside the text on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LESSON);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link').first()).toBeVisible();
  const tocBox = (await toc.boundingBox())!;
  const textBox = (await page.locator('.lesson-body').boundingBox())!;
  expect(tocBox.x).toBeGreaterThan(textBox.x + textBox.width - 1);

  await toc.getByRole('link', { name: 'A contested diagnosis' }).click();
  await expect(page).toHaveURL(/#a-contested-diagnosis$/);
  await expect(toc.getByRole('link', { name: 'A contested diagnosis' })).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
  // It stays in view while the reader scrolls on.
  await page.mouse.wheel(0, 2500);
  await expect(toc.getByRole('link').first()).toBeInViewport();
  await expect(toc.getByRole('link', { name: 'A contested diagnosis' })).not.toHaveAttribute('aria-current', 'location');
});

test.describe('the glossary page', () => {
  test('filters as you type and keeps its letter rows even', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/glossary/');
    const tops = await page.locator('.letters a').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    const rows = new Map<number, number>();
    for (const top of tops) rows.set(top, (rows.get(top) ?? 0) + 1);
    const counts = [...rows.values()];
    expect(Math.min(...counts)).toBeGreaterThan(1);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);

    await page.getByRole('searchbox', { name: 'Filter the terms' }).fill('piriformis');
    await expect(page.getByRole('status').filter({ hasText: /terms match/ })).toContainText(/^\d+ of \d+ terms match\.$/);
    const shown = page.locator('[data-glossary-entry]:visible');
    expect(await shown.count()).toBeGreaterThan(0);
    for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain('piriformis');
    await page.getByRole('searchbox', { name: 'Filter the terms' }).fill('zzqxjv');
    await expect(page.getByText('No term matches.')).toBeVisible();
  });
});

test.describe('search', () => {
  test('"piriformis" lands on sections, lists glossary entries, and its excerpts read as sentences', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('/search/?q=piriformis');
    const results = page.locator('[data-search-results] > li');
    // The first search loads the index (while the service worker stores the site on a first visit).
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const firstLink = results.first().locator('.search-result__link');
    await expect(firstLink).toHaveAttribute('href', /^\/[^#]+\/#[a-z0-9-]+$/);
    await expect(results.filter({ hasText: 'Glossary term' }).first()).toBeVisible();
    await expect(page.locator('[data-search-results] a[href="/glossary/"]')).toHaveCount(0);

    for (const excerpt of await page.locator('.search-result__excerpt').allTextContents()) {
      // Words run together ("PiriformisIntermediate", "9About") or hidden tooltip text ("Piriformis:").
      expect(excerpt, excerpt).not.toMatch(/[a-z][A-Z]|\d[A-Z][a-z]|[.!?][A-Z]/);
      expect(excerpt, excerpt).not.toMatch(/Piriformis: A deep hip muscle/);
    }
    expect(problems).toEqual([]);
  });

  test('every result can be reached: a button shows the next results and moves focus to them', async ({ page }) => {
    await page.goto('/search/?q=nerve');
    const results = page.locator('[data-search-results] > li');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const more = page.getByRole('button', { name: /Show more results/ });
    await expect(more).toBeVisible();
    const before = await results.count();
    await more.click();
    await expect.poll(() => results.count()).toBeGreaterThan(before);
    await expect(page.locator('[data-search-results] > li').nth(before).locator('a').first()).toBeFocused();
    // Paging ends: when every page is shown, the button goes.
    while (await more.isVisible()) await more.click();
    const total = Number((await page.locator('[data-search-status]').textContent())!.match(/^(\d+) pages/)![1]);
    expect(await results.count()).toBeGreaterThanOrEqual(total);
  });

  test('finds the 3D variants page', async ({ page }) => {
    await page.goto('/search/?q=beaton');
    await expect(page.locator('[data-search-results] a[href^="/variants/"]').first()).toBeVisible({ timeout: 15_000 });
  });
});

test.describe('nothing jumps when a page script arrives (layout shift, as Lighthouse counts it)', () => {
  test.use(PHONE);
  for (const [path, ready] of [['/red-flags/', '[data-checker][data-hydrated]'], ['/review/', '[data-review]:not([hidden])']] as const) {
    test(`${path}`, async ({ page, context }) => {
      // A phone's slower processor, as Lighthouse emulates it: the script then arrives after the first paint.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await expect(page.locator(ready)).toBeAttached();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    });
  }
});
