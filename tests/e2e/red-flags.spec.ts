import { expect, test, type Page } from '@playwright/test';
import { FINDINGS, findingsAtLevel } from '../../src/rules/index.ts';

const checkbox = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });
const banner = (page: Page) => page.locator('[data-checker] [data-urgency]').first();

test.beforeEach(async ({ page }) => {
  await page.goto('/red-flags/');
  await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
});

test('ticking saddle numbness shows an emergency; unticking it goes back', async ({ page }) => {
  await expect(page.getByText('The decision appears here as you go.')).toBeVisible();
  await checkbox(page, 'Numbness in the saddle area').check();
  await expect(banner(page)).toHaveAttribute('data-urgency', 'emergency');
  await expect(banner(page)).toContainText('Urgency: Emergency');
  await expect(banner(page)).toContainText('emergency care now');
  await expect(page.locator('[data-rule="emergency-saddle-anesthesia"] a')).toHaveAttribute('href', '/lessons/red-flags-and-referral/#cauda-equina-syndrome');
  await expect(page.getByRole('status').filter({ hasText: 'Urgency:' })).toHaveText('Urgency: Emergency. 1 reason.');
  await checkbox(page, 'Numbness in the saddle area').uncheck();
  await expect(page.getByText('The decision appears here as you go.')).toBeVisible();
});

test('a referral sign refers; an emergency sign outranks it; clues rank the likely source', async ({ page }) => {
  await checkbox(page, 'Muscle weakness').check();
  await expect(banner(page)).toHaveAttribute('data-urgency', 'refer');
  await checkbox(page, 'Symptoms in both legs').check();
  await expect(banner(page)).toHaveAttribute('data-urgency', 'emergency');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('The decision appears here as you go.')).toBeVisible();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

  const hip = FINDINGS.find((f) => f.id === 'hip-abductor-pressure-reproduces-pain')!;
  const radiating = FINDINGS.find((f) => f.id === 'radiating-leg-pain')!;
  await checkbox(page, hip.label).check();
  await checkbox(page, radiating.label).check();
  await expect(banner(page)).toHaveAttribute('data-urgency', 'in-scope');
  await expect(page.locator('[data-source]').first()).toHaveAttribute('data-source', 'trigger-point-referral');
});

test('the session rule: 3 sessions reviews the plan, 4 refers, and a bad count is explained without losing ticks', async ({ page }) => {
  const sessions = page.getByRole('textbox', { name: 'Sessions so far without measurable improvement' });
  await checkbox(page, FINDINGS.find((f) => f.id === 'deep-buttock-pain')!.label).check();
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

test('works by keyboard alone, and nothing ticked is stored or sent', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const first = checkbox(page, findingsAtLevel('emergency')[0]!.label);
  await first.focus();
  await page.keyboard.press('Space');
  await expect(banner(page)).toHaveAttribute('data-urgency', 'emergency');
  await page.keyboard.press('Space');
  await expect(first).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(requests).toEqual([]);
});

test('the page lists every emergency and referral sign from the rules module', async ({ page }) => {
  for (const kind of ['emergency', 'urgent', 'refer'] as const) {
    for (const finding of findingsAtLevel(kind)) {
      await expect(page.locator(`[data-red-flag-card] [data-sign="${finding.id}"]`)).toContainText(finding.label);
    }
  }
});

test('the printable card shows every sign and prints without navigation', async ({ page }) => {
  await page.goto('/red-flags/card/');
  const signs = [...findingsAtLevel('emergency'), ...findingsAtLevel('urgent'), ...findingsAtLevel('refer')];
  await expect(page.locator('[data-sign]')).toHaveCount(signs.length);
  await expect(page.getByRole('button', { name: 'Print this card' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this card' })).toBeHidden();
  await expect(page.locator('[data-sign="saddle-anesthesia"]')).toBeVisible();
});

test('the red-flags lesson embeds the same checker', async ({ page }) => {
  await page.goto('/lessons/red-flags-and-referral/#red-flag-checker');
  const embedded = page.locator('[data-checker][data-hydrated="true"]');
  await expect(embedded).toBeVisible();
  await embedded.getByRole('checkbox', { name: 'New bladder or bowel changes' }).check();
  await expect(embedded.locator('[data-urgency]').first()).toHaveAttribute('data-urgency', 'emergency');
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('a bar at the bottom names the urgency and jumps to the decision', async ({ page }) => {
    await checkbox(page, 'Fever').check();
    const jump = page.getByRole('link', { name: 'Refer: see the decision' });
    await expect(jump).toBeInViewport();
    await jump.click();
    await expect(page.locator('[data-checker] [data-urgency="refer"]').first()).toBeInViewport();
  });
});
