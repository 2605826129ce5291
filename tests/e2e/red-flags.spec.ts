import { existsSync } from 'node:fs';
import { chromium, expect, test, type Page } from '@playwright/test';
import { FINDINGS, MAX_SESSIONS, URGENCY, URGENCY_LEVELS, escalationNote, findingsAtLevel, type Finding, type FindingId, type Urgency } from '../../src/rules/index.ts';
import { CHECKER_STORAGE_KEY } from '../../src/components/checker/stored-case.ts';

const checkbox = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });
const banner = (page: Page) => page.locator('[data-checker] .checker__result [data-urgency]').first();
const verdict = (page: Page) => page.locator('[data-checker] [data-verdict]');
const sessionsField = (page: Page) => page.getByRole('textbox', { name: 'Sessions so far without measurable improvement' });
const finding = (id: FindingId): Finding => FINDINGS.find((f) => f.id === id)!;
const label = (id: FindingId): string => finding(id).label;
const SIGN_LEVELS = ['emergency', 'urgent', 'refer'] as const;

/** One finding that, ticked alone, gives each level (in-scope: a clue). */
const ONE_OF_EACH: Record<Urgency, Finding> = {
  emergency: findingsAtLevel('emergency')[0]!,
  urgent: findingsAtLevel('urgent')[0]!,
  refer: findingsAtLevel('refer')[0]!,
  'in-scope': findingsAtLevel('clue')[0]!,
};

async function openChecker(page: Page, path = '/red-flags/') {
  await page.goto(path);
  await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
}

test.describe('deciding', () => {
  test.beforeEach(async ({ page }) => openChecker(page));

  test('ticking saddle numbness shows an emergency; unticking it goes back', async ({ page }) => {
    await expect(page.getByText('The decision appears here as you go.')).toBeVisible();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'none');
    await checkbox(page, label('saddle-anesthesia')).check();
    await expect(banner(page)).toHaveAttribute('data-urgency', 'emergency');
    await expect(banner(page)).toContainText('Urgency: Emergency');
    await expect(banner(page)).toContainText(URGENCY.emergency.action);
    await expect(page.locator('[data-rule="emergency-saddle-anesthesia"] a')).toHaveAttribute('href', '/lessons/red-flags-and-referral/#cauda-equina-syndrome');
    await expect(page.getByRole('status').filter({ hasText: 'Urgency:' })).toHaveText('Urgency: Emergency. 1 reason.');
    await checkbox(page, label('saddle-anesthesia')).uncheck();
    await expect(page.getByText('The decision appears here as you go.')).toBeVisible();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'none');
  });

  for (const level of URGENCY_LEVELS) {
    test(`the verdict and the decision update for ${level}`, async ({ page }) => {
      await checkbox(page, ONE_OF_EACH[level].label).check();
      await expect(verdict(page)).toHaveAttribute('data-verdict', level);
      await expect(verdict(page)).toContainText(URGENCY[level].label);
      await expect(verdict(page)).toContainText(URGENCY[level].timescale);
      await expect(banner(page)).toHaveAttribute('data-urgency', level);
      // Label, timescale, action and the treating instruction, each as the rules word it.
      for (const text of [URGENCY[level].label, URGENCY[level].timescale, URGENCY[level].action, URGENCY[level].treating]) {
        await expect(banner(page)).toContainText(text);
      }
      // The banner and the verdict show the level's own icon.
      await expect(banner(page).locator(`svg[data-icon="${level}"]`)).toHaveCount(1);
    });
  }

  test('a referral sign refers; an emergency sign outranks it; clues rank the likely source', async ({ page }) => {
    await checkbox(page, label('muscle-weakness')).check();
    await expect(banner(page)).toHaveAttribute('data-urgency', 'refer');
    await checkbox(page, label('foot-drop')).check();
    await expect(banner(page)).toHaveAttribute('data-urgency', 'urgent');
    await checkbox(page, label('bilateral-leg-symptoms')).check();
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
    for (const bad of ['3.5', String(MAX_SESSIONS + 1), '-2']) {
      await sessions.fill(bad);
      await expect(page.getByRole('alert')).toContainText(`“${bad}” is not a session count: it must be a whole number from 0 to ${MAX_SESSIONS}.`);
    }
    await expect(sessions).toHaveAttribute('aria-invalid', 'true');
    await expect(banner(page)).toHaveAttribute('data-urgency', 'refer'); // still the last valid count
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await sessions.fill('');
    await expect(banner(page)).toHaveAttribute('data-urgency', 'in-scope');
    // Three sessions refer when the last re-check found the measures unchanged.
    await sessions.fill('3');
    await checkbox(page, label('objective-measures-unchanged')).check();
    await expect(banner(page)).toHaveAttribute('data-urgency', 'refer');
  });

  test('an escalation note says when a sign rises, and the verdict follows it', async ({ page }) => {
    const note = escalationNote('sexual-dysfunction')!;
    await expect(page.locator('[data-checker] [data-escalation="sexual-dysfunction"]')).toHaveText(note);
    await checkbox(page, label('sexual-dysfunction')).check();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'refer');
    await checkbox(page, label('saddle-anesthesia')).check();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'emergency');
    await page.getByRole('button', { name: 'Start over' }).click();
    await checkbox(page, label('recent-infection')).check();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'refer');
    await checkbox(page, label('fever')).check();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'urgent');
  });

  test('each level is its own group, its findings split by who brings them', async ({ page }) => {
    for (const level of SIGN_LEVELS) {
      const group = page.locator(`[data-checker] [data-group="${level}"]`);
      await expect(group.locator('legend')).toContainText(URGENCY[level].label);
      await expect(group.locator('legend')).toContainText(URGENCY[level].timescale);
      await expect(group.getByRole('checkbox')).toHaveCount(findingsAtLevel(level).length);
      for (const who of ['reported', 'observed'] as const) {
        const mine = findingsAtLevel(level).filter((f) => f.group === who);
        const title = group.locator('.finding-subgroup').filter({ hasText: who === 'reported' ? 'The client reports' : 'You find on assessment' });
        await expect(title.getByRole('checkbox')).toHaveCount(mine.length);
      }
    }
  });

  test('works by keyboard alone; what is ticked stays in the tab and nothing is sent', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const first = checkbox(page, findingsAtLevel('emergency')[0]!.label);
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
    for (const level of SIGN_LEVELS) {
      for (const f of findingsAtLevel(level)) {
        await expect(page.locator(`[data-red-flag-card] [data-sign="${f.id}"]`)).toContainText(f.label);
      }
    }
  });
});

test.describe('nothing lost', () => {
  test('ticks and the sessions count survive a reload; Start over clears them for good', async ({ page }) => {
    await openChecker(page);
    await checkbox(page, label('saddle-anesthesia')).check();
    await checkbox(page, label('muscle-weakness')).check();
    await sessionsField(page).fill('3');
    await expect(page.locator('[data-rule="review-plan"]')).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
    await expect(checkbox(page, label('saddle-anesthesia'))).toBeChecked();
    await expect(checkbox(page, label('muscle-weakness'))).toBeChecked();
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
    await checkbox(page, label('fever')).check();
    await sessionsField(page).fill('2');
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
    await page.locator('[data-rule] a', { hasText: 'Learn more' }).first().click();
    await expect(page).toHaveURL(/\/lessons\//);
    await page.goBack();
    await expect(page.locator('[data-checker][data-hydrated="true"]')).toBeVisible();
    // A fresh load (no marker), not a page kept in memory.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await expect(checkbox(page, label('fever'))).toBeChecked();
    await expect(sessionsField(page)).toHaveValue('2');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'urgent');
  } finally {
    await browser.close();
  }
});

test.describe('on a phone (375 x 812)', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('the first screen shows every emergency question and a verdict that updates as they are ticked', async ({ page }) => {
    await openChecker(page);
    await expect(verdict(page)).toBeInViewport({ ratio: 1 });
    for (const f of findingsAtLevel('emergency')) await expect(checkbox(page, f.label), f.id).toBeInViewport({ ratio: 1 });
    await checkbox(page, findingsAtLevel('emergency').at(-1)!.label).tap();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'emergency');
    await expect(verdict(page)).toBeInViewport({ ratio: 1 });
  });

  test('the verdict stays on screen down the list and jumps to the decision, reasons included', async ({ page }) => {
    await openChecker(page);
    const last = checkbox(page, findingsAtLevel('refer').at(-1)!.label);
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
  for (const f of SIGN_LEVELS.flatMap((level) => findingsAtLevel(level))) await checkbox(page, f.label).check();
  const panel = page.locator('.checker__result');
  expect(await panel.evaluate((el) => getComputedStyle(el).overflowY)).toBe('visible');
  expect(await panel.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  expect(await panel.evaluate((el) => (el as HTMLElement).offsetHeight)).toBeGreaterThan(800); // taller than the window
  // Scroll the page (not the panel) to the end of the checker: the panel's last line is then on screen.
  await page.evaluate(() => window.scrollBy(0, document.querySelector('.checker')!.getBoundingClientRect().bottom - window.innerHeight));
  await expect(page.locator('.checker__privacy')).toBeInViewport();
  await expect(page.locator('.checker__result [data-source]').first()).toBeVisible();
});

test.describe('the printable card', () => {
  test('shows every sign with an inline SVG icon per level, no emoji, and prints without navigation or a second disclaimer', async ({ page }) => {
    await page.goto('/red-flags/card/');
    const signs = SIGN_LEVELS.flatMap((level) => findingsAtLevel(level));
    await expect(page.locator('[data-sign]')).toHaveCount(signs.length);
    for (const level of SIGN_LEVELS) {
      const group = page.locator(`[data-card-level="${level}"]`);
      await expect(group.locator(`h2 svg[data-icon="${level}"]`)).toHaveCount(1);
      for (const text of [URGENCY[level].label, URGENCY[level].timescale, URGENCY[level].action, URGENCY[level].treating]) await expect(group).toContainText(text);
      for (const f of findingsAtLevel(level)) {
        await expect(group.locator(`[data-who="${f.group}"] [data-sign="${f.id}"]`)).toContainText(f.label);
        const note = escalationNote(f.id);
        if (note) await expect(group.locator(`[data-sign="${f.id}"]`)).toContainText(note);
      }
    }
    await expect(page.locator('[data-card-level="sessions"] svg[data-icon="sessions"]')).toHaveCount(1);
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
    await checkbox(page, findingsAtLevel('emergency')[0]!.label).check();
    expect(await banner(page).locator('svg[data-icon]').innerHTML()).toBe(cardIcon);
  });
});

test('the red-flags lesson embeds the same checker', async ({ page }) => {
  await page.goto('/lessons/red-flags-and-referral/#red-flag-checker');
  const embedded = page.locator('[data-checker][data-hydrated="true"]');
  await expect(embedded).toBeVisible();
  await embedded.getByRole('checkbox', { name: label('bladder-bowel-change') }).check();
  await expect(embedded.locator('.checker__result [data-urgency]').first()).toHaveAttribute('data-urgency', 'emergency');
});
