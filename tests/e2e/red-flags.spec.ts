import { existsSync } from 'node:fs';
import { chromium, expect, test, type Page } from '@playwright/test';
import { FINDINGS, URGENCY_LEVELS, findingsOfKind, type Finding, type Urgency } from '../../src/rules/index.ts';
import { CHECKER_STORAGE_KEY } from '../../src/components/checker/stored-case.ts';

const checkbox = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });
const banner = (page: Page) => page.locator('[data-checker] .checker__result [data-urgency]').first();
const verdict = (page: Page) => page.locator('[data-checker] [data-verdict]');
const sessionsField = (page: Page) => page.getByRole('textbox', { name: 'Sessions so far without measurable improvement' });
const finding = (id: string): Finding => FINDINGS.find((f) => f.id === id)!;

/** One finding that, ticked alone, gives each level (in-scope: a clue). */
const ONE_OF_EACH: Record<Urgency, Finding> = {
  emergency: findingsOfKind('emergency')[0]!,
  refer: findingsOfKind('referral')[0]!,
  'in-scope': findingsOfKind('clue')[0]!,
} as Record<Urgency, Finding>;

async function openChecker(page: Page, path = '/red-flags/') {
  await page.goto(path);
  await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
}

test.describe('deciding', () => {
  test.beforeEach(async ({ page }) => openChecker(page));

  test('ticking saddle numbness shows an emergency; unticking it goes back', async ({ page }) => {
    await expect(page.getByText('The decision appears here as you go.')).toBeVisible();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'none');
    await checkbox(page, 'Numbness in the saddle area').check();
    await expect(banner(page)).toHaveAttribute('data-urgency', 'emergency');
    await expect(banner(page)).toContainText('Urgency: Emergency');
    await expect(banner(page)).toContainText('emergency care now');
    await expect(page.locator('[data-rule="emergency-saddle-anesthesia"] a')).toHaveAttribute('href', '/lessons/red-flags-and-referral/#cauda-equina-syndrome');
    await expect(page.getByRole('status').filter({ hasText: 'Urgency:' })).toHaveText('Urgency: Emergency. 1 reason.');
    await checkbox(page, 'Numbness in the saddle area').uncheck();
    await expect(page.getByText('The decision appears here as you go.')).toBeVisible();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'none');
  });

  for (const level of URGENCY_LEVELS) {
    test(`the verdict and the decision update for ${level}`, async ({ page }) => {
      await checkbox(page, ONE_OF_EACH[level].label).check();
      await expect(verdict(page)).toHaveAttribute('data-verdict', level);
      await expect(banner(page)).toHaveAttribute('data-urgency', level);
      // The banner and the verdict show the level's own icon.
      await expect(banner(page).locator(`svg[data-icon="${level}"]`)).toHaveCount(1);
    });
  }

  test('a referral sign refers; an emergency sign outranks it; clues rank the likely source', async ({ page }) => {
    await checkbox(page, 'Muscle weakness').check();
    await expect(banner(page)).toHaveAttribute('data-urgency', 'refer');
    await checkbox(page, 'Symptoms in both legs').check();
    await expect(banner(page)).toHaveAttribute('data-urgency', 'emergency');
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByText('The decision appears here as you go.')).toBeVisible();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

    await checkbox(page, finding('hip-abductor-pressure-reproduces-pain').label).check();
    await checkbox(page, finding('radiating-leg-pain').label).check();
    await expect(banner(page)).toHaveAttribute('data-urgency', 'in-scope');
    await expect(page.locator('[data-source]').first()).toHaveAttribute('data-source', 'trigger-point-referral');
  });

  test('the session rule: 3 sessions reviews the plan, 4 refers, and a bad count is explained without losing ticks', async ({ page }) => {
    const sessions = sessionsField(page);
    await checkbox(page, finding('deep-buttock-pain').label).check();
    await sessions.fill('3');
    await expect(banner(page)).toHaveAttribute('data-urgency', 'in-scope');
    await expect(page.locator('[data-rule="review-plan"]')).toBeVisible();
    await sessions.fill('4');
    await expect(banner(page)).toHaveAttribute('data-urgency', 'refer');
    await expect(page.locator('[data-rule="refer-no-improvement"]')).toBeVisible();
    await sessions.fill('-2');
    await expect(page.getByRole('alert')).toContainText('“-2” is not a whole number of sessions.');
    await expect(sessions).toHaveAttribute('aria-invalid', 'true');
    await expect(banner(page)).toHaveAttribute('data-urgency', 'refer'); // still the last valid count
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await sessions.fill('');
    await expect(banner(page)).toHaveAttribute('data-urgency', 'in-scope');
  });

  test('works by keyboard alone; what is ticked stays in the tab and nothing is sent', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const first = checkbox(page, findingsOfKind('emergency')[0]!.label);
    await first.focus();
    await page.keyboard.press('Space');
    await expect(banner(page)).toHaveAttribute('data-urgency', 'emergency');
    expect(await page.evaluate((key) => [localStorage.length, Object.keys(sessionStorage).filter((k) => k !== key).length], CHECKER_STORAGE_KEY)).toEqual([0, 0]);
    await page.keyboard.press('Space');
    await expect(first).not.toBeChecked();
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    expect(requests).toEqual([]);
  });

  test('the page lists every emergency and referral sign from the rules module', async ({ page }) => {
    for (const kind of ['emergency', 'referral'] as const) {
      for (const f of findingsOfKind(kind)) {
        await expect(page.locator(`[data-red-flag-card] [data-sign="${f.id}"]`)).toContainText(f.label);
      }
    }
  });
});

test.describe('nothing lost', () => {
  test('ticks and the sessions count survive a reload; Start over clears them for good', async ({ page }) => {
    await openChecker(page);
    await checkbox(page, 'Numbness in the saddle area').check();
    await checkbox(page, 'Muscle weakness').check();
    await sessionsField(page).fill('3');
    await expect(page.locator('[data-rule="review-plan"]')).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
    await expect(checkbox(page, 'Numbness in the saddle area')).toBeChecked();
    await expect(checkbox(page, 'Muscle weakness')).toBeChecked();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
    await expect(sessionsField(page)).toHaveValue('3');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'emergency');
    await expect(page.locator('[data-rule="review-plan"]')).toBeVisible();

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(sessionsField(page)).toHaveValue('');
    expect(await page.evaluate((key) => sessionStorage.getItem(key), CHECKER_STORAGE_KEY)).toBeNull();
    await page.reload();
    await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'none');
  });

  test('a stored value the strict parser refuses is dropped with a message, not trusted', async ({ page }) => {
    await openChecker(page);
    await page.evaluate((key) => sessionStorage.setItem(key, JSON.stringify({ findings: ['saddle-anesthesia', 'not-a-finding'] })), CHECKER_STORAGE_KEY);
    await page.reload();
    await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
    await expect(page.locator('.checker__store-note')).toContainText('could not be read');
    await expect(page.locator('.checker__store-note')).toContainText('unknown finding');
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), CHECKER_STORAGE_KEY)).toBeNull();
  });
});

test('the ticks are back after following "Learn more" and pressing Back, with the back-forward cache off', async ({ baseURL }) => {
  // With the cache on, Back would show the old page from memory and prove nothing: a browser of its own without it.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--disable-back-forward-cache', '--disable-features=BackForwardCache'],
  });
  try {
    const page = await browser.newPage({ baseURL });
    await openChecker(page);
    await checkbox(page, 'Fever').check();
    await sessionsField(page).fill('2');
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
    await page.locator('[data-rule] a', { hasText: 'Learn more' }).first().click();
    await expect(page).toHaveURL(/\/lessons\//);
    await page.goBack();
    await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
    // A fresh load (no marker), not a page kept in memory.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await expect(checkbox(page, 'Fever')).toBeChecked();
    await expect(sessionsField(page)).toHaveValue('2');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'refer');
  } finally {
    await browser.close();
  }
});

test.describe('on a phone (375 x 812)', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('the first screen shows every emergency question and a verdict that updates as they are ticked', async ({ page }) => {
    await openChecker(page);
    await expect(verdict(page)).toBeInViewport({ ratio: 1 });
    for (const f of findingsOfKind('emergency')) await expect(checkbox(page, f.label), f.id).toBeInViewport({ ratio: 1 });
    await checkbox(page, findingsOfKind('emergency').at(-1)!.label).tap();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'emergency');
    await expect(verdict(page)).toBeInViewport({ ratio: 1 });
  });

  test('the verdict stays on screen down the list and jumps to the decision, reasons included', async ({ page }) => {
    await openChecker(page);
    const last = checkbox(page, findingsOfKind('referral').at(-1)!.label);
    await last.scrollIntoViewIfNeeded();
    await last.tap();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'refer');
    await expect(verdict(page)).toBeInViewport();
    await verdict(page).getByRole('link', { name: 'What to do and why' }).tap();
    await expect(banner(page)).toBeInViewport();
    await expect(page.locator('[data-rule]').first()).toBeVisible();
  });

  test('explanations are one tap away', async ({ page }) => {
    await openChecker(page);
    const why = page.locator('.finding__why').first();
    await expect(why).toBeHidden();
    await page.getByRole('button', { name: 'Show what each sign means' }).tap();
    await expect(page.getByRole('button', { name: 'Show what each sign means' })).toHaveAttribute('aria-pressed', 'true');
    await expect(why).toBeVisible();
  });
});

test('on a wide screen the decision has no inner scroll box and its end can be reached', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openChecker(page);
  for (const f of [...findingsOfKind('emergency'), ...findingsOfKind('referral')]) await checkbox(page, f.label).check();
  const panel = page.locator('.checker__result');
  expect(await panel.evaluate((el) => getComputedStyle(el).overflowY)).toBe('visible');
  expect(await panel.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  expect(await panel.evaluate((el) => el.offsetHeight)).toBeGreaterThan(800); // taller than the window
  await page.getByRole('button', { name: 'Start over' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.checker__privacy')).toBeInViewport();
  await expect(page.locator('.checker__result [data-source]').first()).toBeVisible();
});

test.describe('the printable card', () => {
  test('shows every sign with an inline SVG icon per level, no emoji, and prints without navigation or a second disclaimer', async ({ page }) => {
    await page.goto('/red-flags/card/');
    const signs = [...findingsOfKind('emergency'), ...findingsOfKind('referral')];
    await expect(page.locator('[data-sign]')).toHaveCount(signs.length);
    for (const group of await page.locator('[data-card-level]').all()) {
      const level = await group.getAttribute('data-card-level');
      await expect(group.locator(`h2 svg[data-icon="${level}"]`)).toHaveCount(1);
    }
    expect(await page.locator('[data-red-flag-card]').textContent()).not.toMatch(/\p{Extended_Pictographic}|[⟳➜]/u);
    await expect(page.getByRole('button', { name: 'Print this card' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('[data-card-note]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print this card' })).toBeHidden();
    await expect(page.locator('[data-sign="saddle-anesthesia"]')).toBeVisible();
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on one ${format} page`, async ({ page }) => {
      await page.goto('/red-flags/card/');
      const pdf = await page.pdf({ format, printBackground: false });
      // Each page of a PDF is one "/Type /Page" object (the page tree is "/Type /Pages").
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
      expect(pages).toHaveLength(1);
    });
  }

  test('the checker and the card draw each level with the same icon', async ({ page }) => {
    await page.goto('/red-flags/card/');
    const cardIcon = await page.locator('[data-card-level="emergency"] svg[data-icon]').innerHTML();
    await openChecker(page);
    await checkbox(page, findingsOfKind('emergency')[0]!.label).check();
    expect(await banner(page).locator('svg[data-icon]').innerHTML()).toBe(cardIcon);
  });
});

test('the red-flags lesson embeds the same checker', async ({ page }) => {
  await page.goto('/lessons/red-flags-and-referral/#red-flag-checker');
  const embedded = page.locator('[data-checker][data-hydrated="true"]');
  await expect(embedded).toBeVisible();
  await embedded.getByRole('checkbox', { name: 'New bladder or bowel changes' }).check();
  await expect(embedded.locator('.checker__result [data-urgency]').first()).toHaveAttribute('data-urgency', 'emergency');
});
