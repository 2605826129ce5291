import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DIST_DIR, expectNoAxeViolations, watchPage } from './helpers.ts';
import { readQuizzesPayload } from '../../src/quiz/quizzes-json.ts';
import { PROGRESS_KEY } from '../../src/lib/progress.ts';
import { QUIZ_SCORES_KEY } from '../../src/quiz/storage.ts';
import { THEME_KEY } from '../../src/lib/theme.ts';

// Spaced review, progress that survives and storage that says when it is full, in a real browser.
// Several tests walk many pages and run axe on each state: allow more than the default 30 s.
test.describe.configure({ timeout: 90_000 });
const LESSON = 'sciatica-is-a-symptom';
const T0 = new Date('2026-12-01T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const quizzes = readQuizzesPayload(JSON.parse(readFileSync(`${DIST_DIR}/cases/quizzes.json`, 'utf8')))!;
const quiz = quizzes[0]!;

const counts = (page: Page) => page.locator('[data-review-counts]');
const dueCount = async (page: Page) => Number(await counts(page).getAttribute('data-due'));

async function markDone(page: Page, lesson: string): Promise<void> {
  await page.goto(`/lessons/${lesson}/`);
  const button = page.getByRole('button', { name: 'Mark this lesson as done' });
  await button.click();
  await expect(page.locator('[data-mark-done]')).toHaveAttribute('aria-pressed', 'true');
}

/** Grades every due card Good with the keyboard alone (Space turns, 3 grades), counting them. */
async function reviewAllGood(page: Page): Promise<number> {
  let reviewed = 0;
  while (await page.locator('[data-review-card]').isVisible()) {
    const id = await page.locator('[data-review-card]').getAttribute('data-card-id');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-card-back]')).toBeVisible();
    await expect(page.locator('[data-show-answer]')).toBeHidden();
    await expect(page.locator('[data-interval="good"]')).not.toBeEmpty();
    await page.keyboard.press('3');
    reviewed++;
    // The next card (a new id, front up) or the end of the session.
    await expect(page.locator(`[data-review-card]:visible:not([data-turned]):not([data-card-id="${id}"])`).or(page.locator('[data-review-empty]:visible'))).toBeVisible();
  }
  return reviewed;
}

async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

test.describe('spaced review', () => {
  test('a lesson marked done brings its cards; graded Good they leave; days later they are due again', async ({ page }) => {
    const problems = watchPage(page);
    await page.clock.setFixedTime(T0);
    await markDone(page, LESSON);
    await expect(page.locator('[data-mark-done-note]')).toContainText('in your review deck');
    await page.goto('/review/');
    const expected = Number((await page.locator(`[data-group="lesson:${LESSON}"] .review-lessons__count`).textContent())!.match(/\d+/)![0]);
    expect(expected).toBeGreaterThan(4);
    await expect(counts(page)).toContainText(`Due now: ${expected}`);
    await expect(page.locator(`[data-toggle-group="lesson:${LESSON}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-review-card]')).toBeVisible();

    expect(await reviewAllGood(page)).toBe(expected);
    await expect(page.locator('[data-review-empty]')).toContainText('Nothing is due now');
    await expect(counts(page)).toContainText('Due now: 0');
    await expect(page.locator('[data-review-calendar] li[data-today]')).toContainText(String(expected));
    await expectNoAxeViolations(page);

    // Good on a new card is a learning step (minutes); a second Good moves it to days.
    await page.clock.setFixedTime(new Date(T0.getTime() + 20 * 60 * 1000));
    await page.reload();
    expect(await dueCount(page)).toBe(expected);
    await reviewAllGood(page);
    await expect(counts(page)).toContainText(`Learned: ${expected}`);

    await page.clock.setFixedTime(new Date(T0.getTime() + 30 * DAY));
    await page.reload();
    expect(await dueCount(page)).toBe(expected);
    await expect(page.locator('[data-review-card]')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a whole lesson can be added and taken out; the mouse grades too', async ({ page }) => {
    await page.goto('/review/');
    await expect(page.locator('[data-review-empty]')).toContainText('Your deck is empty');
    const toggle = page.locator('[data-toggle-group="lesson:treatment-approaches"]');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const due = await dueCount(page);
    expect(due).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Show answer/ }).click();
    await expect(page.locator('[data-card-back]')).toBeVisible();
    await expectNoAxeViolations(page); // the turned card and its grade buttons
    await page.getByRole('button', { name: /^Again/ }).click();
    await expect(counts(page)).toContainText(`Due now: ${due - 1}`);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(counts(page)).toContainText('Due now: 0');
    await toggle.click();
    await expect(counts(page)).toContainText(`Due now: ${due - 1}`); // its history came back with it
  });

  test('answering a case quiz adds its questions, shown with the story', async ({ page }) => {
    await page.goto(`/cases/${quiz.caseId}/`);
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('[data-score-kept="true"]')).toContainText('in your review deck');
    await page.goto('/review/');
    await expect(page.locator('[data-review]')).toHaveAttribute('data-ready', 'true');
    await expect(counts(page)).toContainText(`Due now: ${quiz.questions.length}`);
    await expect(page.locator('[data-card-kind]')).toHaveText('Case question');
    await expect(page.locator('[data-card-options] li[data-right]').first()).not.toContainText('right answer', { useInnerText: true });
    await page.keyboard.press('Space');
    await expect(page.locator('[data-card-options] li[data-right]').first()).toContainText('✓ right answer', { useInnerText: true });
    await expect(page.locator('[data-card-context]')).toContainText(quiz.story.client.slice(0, 20));
  });
});

test.describe('progress that survives', () => {
  test('export, clear storage, import: everything is back', async ({ page }) => {
    await page.clock.setFixedTime(T0);
    await markDone(page, LESSON);
    await page.goto(`/cases/${quiz.caseId}/`);
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.evaluate(([key]) => localStorage.setItem(key!, 'dark'), [THEME_KEY]);
    await page.goto('/review/');
    await expect(page.locator('[data-review]')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my progress' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'sciatic-atlas-backup', version: 1, theme: 'dark' });

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('[data-review-empty]')).toContainText('Your deck is empty');

    // A foreign file first: a clear message, nothing changes.
    await page.locator('[data-import-file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await expect(page.locator('[data-import-message]')).toContainText('not a Sciatic Atlas backup');
    await page.locator('[data-import-file]').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) });
    await expect(page.locator('[data-import-message]')).toContainText('not JSON');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.locator('[data-import-file]').setInputFiles(file);
    await expect(page.locator('[data-import-summary]')).toContainText('Nothing changes until you choose Merge');
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => localStorage.length)).toBe(0); // not before the learner confirms
    await page.getByRole('button', { name: 'Merge into this browser' }).click();
    await expect(page.locator('[data-import-message]')).toContainText('Imported');
    expect(await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)))).toEqual(before);

    await page.goto('/lessons/');
    await expect(page.locator(`[data-lesson-id="${LESSON}"]`).first()).toHaveAttribute('data-done', '');
    await page.goto(`/cases/${quiz.caseId}/`);
    await expect(page.locator('[data-last-score]')).toContainText('Your last score on this case');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  });
});

test.describe('storage full', () => {
  test('marking a lesson done and finishing a quiz say so in words, and nothing kept is lost', async ({ page }) => {
    await markDone(page, 'the-clients-side');
    await page.goto(`/cases/${quiz.caseId}/`);
    await page.getByRole('button', { name: 'See my result' }).click();
    const kept = await page.evaluate(([p, q]) => [localStorage.getItem(p!), localStorage.getItem(q!)], [PROGRESS_KEY, QUIZ_SCORES_KEY]);
    await fillStorage(page);

    await page.goto(`/lessons/${LESSON}/`);
    await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
    await expect(page.locator('[data-mark-done-note]')).toContainText('storage for the site is full');
    await page.goto(`/cases/${quizzes[1]!.caseId}/`);
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('[data-score-kept="false"]')).toContainText('Your score was not saved');
    await expect(page.locator('[data-score-kept="false"]')).toContainText('full');
    expect(await page.evaluate(([p, q]) => [localStorage.getItem(p!), localStorage.getItem(q!)], [PROGRESS_KEY, QUIZ_SCORES_KEY])).toEqual(kept);
  });

  test('changing the theme says the choice was not saved, and the page still changes', async ({ page }) => {
    await page.goto('/about/');
    await fillStorage(page);
    await page.reload();
    const toggle = page.locator('[data-theme-toggle]:visible').first();
    const before = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
    await toggle.click();
    await expect(page.locator('[data-theme-note]:visible').first()).toContainText('Your theme choice was not saved');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
  });
});

test.describe('continue where you left off', () => {
  test('a first visit sees nothing; a returning learner sees the next lesson, reviews due and the last score', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('/');
    await expect(page.locator('[data-continue]')).toBeHidden();
    await markDone(page, LESSON);
    await page.goto('/');
    const box = page.locator('[data-continue]');
    await expect(box).toBeVisible();
    await expect(box.locator('[data-continue-score]')).toBeHidden(); // no case answered yet
    await page.goto(`/cases/${quiz.caseId}/`);
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.goto('/');
    await expect(box).toBeVisible();
    await expect(box.locator('[data-continue-lesson-link]')).not.toHaveText('');
    await expect(box.locator('[data-continue-lesson-link]')).not.toHaveAttribute('href', `/lessons/${LESSON}/`);
    await expect(box.locator('[data-continue-review-link]')).toContainText(/\d+ cards due today/);
    await expect(box.locator('[data-continue-score-link]')).toContainText(`0 of ${quiz.questions.length} on “${quiz.title}”`);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
});
