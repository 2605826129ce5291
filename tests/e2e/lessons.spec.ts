import { expect, test } from '@playwright/test';

const FIRST_LESSON = '/lessons/sciatica-is-a-symptom/';

test.describe('a lesson page', () => {
  test('shows objectives, reading time, key points, sources and the educational note', async ({ page }) => {
    await page.goto(FIRST_LESSON);
    await expect(page.getByRole('heading', { name: 'After this lesson you can' })).toBeVisible();
    expect(await page.locator('#objectives + ul li').count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.lesson-meta')).toContainText(/About \d+ min read/);
    await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
    expect(await page.locator('#sources ~ ol li').count()).toBeGreaterThan(0);
  });

  test('an inline citation jumps to its source in the lesson\'s list', async ({ page }) => {
    await page.goto(FIRST_LESSON);
    const cite = page.locator('.cite a').first();
    const target = (await cite.getAttribute('href'))!;
    await cite.click();
    await expect(page.locator(target)).toBeInViewport();
  });

  test('a glossary term shows its definition on focus, hides it on Escape, and links to the glossary', async ({ page }) => {
    await page.goto(FIRST_LESSON);
    const term = page.locator('.term').first();
    const link = term.locator('[data-term-link]');
    const tip = term.getByRole('tooltip');
    await expect(tip).toBeHidden();
    await link.focus();
    await expect(tip).toBeVisible();
    await expect(link).toHaveAccessibleDescription(/.{10,}/);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await link.click();
    await expect(page.locator(href.slice('/glossary/'.length))).toBeInViewport();
  });

  test('a self-check marks a wrong choice, then the right one, in words', async ({ page }) => {
    await page.goto(FIRST_LESSON);
    const check = page.locator('[data-self-check]').first();
    const answer = Number(await check.getAttribute('data-answer'));
    const options = check.locator('[data-option] button');
    const wrong = answer === 0 ? 1 : 0;
    await options.nth(wrong).click();
    await expect(options.nth(wrong)).toContainText('Not this one');
    await expect(check.getByRole('status')).toContainText('Not quite');
    await expect(check.locator('details')).not.toHaveAttribute('open', '');
    await options.nth(answer).click();
    await expect(options.nth(answer)).toContainText('Right');
    await expect(options.nth(wrong)).not.toContainText('Not this one');
    await expect(check.locator('details')).toHaveAttribute('open', '');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a self-check still reveals its answer', async ({ page }) => {
    await page.goto(FIRST_LESSON);
    const check = page.locator('[data-self-check]').first();
    await expect(check.locator('[data-option]').first()).toBeVisible();
    await check.getByText('Show answer').click();
    await expect(check.locator('details')).toContainText('Answer:');
  });
});

test.describe('reading progress', () => {
  test('marking a lesson done shows in the sidebar and the lesson list, and survives a reload', async ({ page }) => {
    await page.goto(FIRST_LESSON);
    const mark = page.getByRole('button', { name: 'Mark this lesson as done' });
    await mark.click();
    await expect(page.locator('[data-mark-done]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.lesson-sidebar [data-lesson-id="sciatica-is-a-symptom"] .lesson-status')).toHaveText('Done');
    await page.reload();
    await expect(page.locator('[data-mark-done]')).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/lessons/');
    await expect(page.locator('[data-progress-count]')).toContainText(/^1 of \d+ lessons marked as done\.$/);
    await expect(page.locator('[data-lesson="sciatica-is-a-symptom"] .lesson-status')).toHaveText('Done');
    // And it can be undone.
    await page.goto(FIRST_LESSON);
    await page.locator('[data-mark-done]').click();
    await expect(page.locator('[data-mark-done]')).toHaveAttribute('aria-pressed', 'false');
  });

  for (const stored of ['{not json', '{"version":1,"done":"<img src=x onerror=alert(1)>"}', '[1,2,3]', '{"version":1,"done":["no-such-lesson"]}']) {
    test(`ignores corrupted storage ${JSON.stringify(stored)} without an error`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript((value) => localStorage.setItem('sciatic-atlas:progress', value), stored);
      await page.goto('/lessons/');
      await expect(page.locator('[data-progress-count]')).toContainText(/^0 of \d+ lessons marked as done\.$/);
      await page.goto(FIRST_LESSON);
      await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});
