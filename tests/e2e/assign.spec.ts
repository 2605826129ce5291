import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { buildAssignmentLink, parseAssignmentLink } from '../../src/quiz/assignment-link.ts';
import type { CaseQuiz } from '../../src/quiz/types.ts';
import { DIST_DIR, expectNoAxeViolations, watchPage } from './helpers.ts';

// The instructor half of the case quizzes: build and share an assignment, the student's page that
// opens it (and refuses bad links), the answer key, and the LMS exports.

const library: CaseQuiz[] = (JSON.parse(readFileSync(`${DIST_DIR}/cases/quizzes.json`, 'utf8')) as { quizzes: CaseQuiz[] }).quizzes;
const knownIds = library.map((q) => q.caseId);
const quizById = new Map(library.map((q) => [q.caseId, q]));

/** Fail the test if any dialog opens (an injected alert() would). */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test.describe('the instructor builds an assignment', () => {
  test('filters, picks, titles, shuffles with a seed and copies the link; mistakes lose nothing', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems = watchPage(page);
    await page.goto('/assign/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assign a case quiz');

    // Filter: emergencies, foundation.
    await page.getByRole('checkbox', { name: /^Emergencies/ }).check();
    const cards = page.locator('[data-case]:visible');
    const emergencyCount = library.filter((q) => q.topics.includes('emergency')).length;
    await expect(cards).toHaveCount(emergencyCount);
    await expect(page.locator('[data-filter-status]')).toHaveText(`Showing ${emergencyCount} of ${library.length} cases.`);
    for (const topics of await cards.evaluateAll((items) => items.map((i) => i.getAttribute('data-topics')))) expect(topics).toContain('emergency');

    // Pick three shown cases, in this order.
    const picked = (await cards.evaluateAll((items) => items.map((i) => i.getAttribute('data-case')!))).slice(0, 3);
    for (const id of picked) await page.locator(`#pick-${id}`).check();
    await expect(page.locator('[data-picked-count]')).toHaveText('3 cases');

    // Narrow the filter so one picked case is hidden: it stays picked.
    await page.getByRole('checkbox', { name: /^Emergencies/ }).uncheck();
    const otherTopic = library.find((q) => !q.topics.includes('emergency'))!.topics[0]!;
    await page.locator(`#filter-topic-${otherTopic}`).check();
    await expect(page.locator('[data-filter-status]')).toContainText('still picked');
    await expect(page.locator('[data-picked-list] li')).toHaveCount(3);
    await page.getByRole('button', { name: 'Clear the filters' }).click();

    // No title: a clear message, focus on the summary, nothing lost.
    await page.getByRole('button', { name: 'Create the share link' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('The title is empty');
    await expect(page.locator('#assign-title')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-picked-list] li')).toHaveCount(3);

    // Too long, then markup: refused, the text stays in the field.
    const long = 'x'.repeat(121);
    await page.locator('#assign-title').fill(long);
    await page.getByRole('button', { name: 'Create the share link' }).click();
    await expect(summary).toContainText('The title is 121 characters long; at most 120 are allowed.');
    await expect(page.locator('#assign-title')).toHaveValue(long);
    await page.locator('#assign-title').fill('<b>Week 3</b>');
    await page.getByRole('button', { name: 'Create the share link' }).click();
    await expect(summary).toContainText('angle brackets');
    // The error link moves focus to the field.
    await summary.getByRole('link').first().click();
    await expect(page.locator('#assign-title')).toBeFocused();

    const title = 'Week 3: emergencies & referral';
    await page.locator('#assign-title').fill(title);
    await page.getByLabel(/^Shuffled with a seed/).check();
    await expect(page.locator('#assign-seed')).toHaveValue(/^\d+$/); // a seed is offered
    await page.locator('#assign-seed').fill('12.5');
    await page.getByRole('button', { name: 'Create the share link' }).click();
    await expect(summary).toContainText('The seed must be a whole number from 0 to 999999');
    await page.locator('#assign-seed').fill('12345');

    // The picked list shows the order students will see.
    const seeded = [picked[0]!, picked[1]!, picked[2]!]; // golden: seed 12345 happens to leave three cases in place
    await expect(page.locator('[data-picked-list] li')).toHaveText(seeded.map((id) => new RegExp(escapeRegExp(quizById.get(id)!.title))));

    await page.getByRole('button', { name: 'Create the share link' }).click();
    await expect(summary).toBeHidden();
    await expect(page.getByRole('heading', { name: '3. Share' })).toBeFocused();
    const link = await page.locator('#share-link').inputValue();
    const url = new URL(link);
    expect(url.origin).toBe(new URL(baseURL!).origin);
    expect(url.pathname).toBe('/assignment/');
    expect(parseAssignmentLink(url.search, knownIds)).toEqual({ ok: true, assignment: { title, caseIds: picked, seed: 12345 } });
    await expect(page.locator('[data-share-open]')).toHaveText(link);
    await expect(page.locator('[data-key-link]')).toHaveAttribute('href', buildAssignmentLink({ title, caseIds: picked, seed: 12345 }, '/assign/key/'));

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-share-status]')).toHaveText(/Link copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // A later change marks the link out of date instead of silently sharing the old one.
    await page.locator('#assign-seed').fill('7');
    await expect(page.locator('[data-share-stale]')).toBeVisible();
    await expect(page.locator('[data-share-outputs]')).toBeHidden();

    // The copied link opens exactly that assignment for a student.
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('[data-quiz-case]')).toHaveCount(3);
    expect(await page.locator('[data-quiz-case]').evaluateAll((els) => els.map((e) => e.getAttribute('data-quiz-case')))).toEqual(seeded);
    expect(problems).toEqual([]);
  });

  test('works by keyboard: pick with Space, reorder with the arrow buttons, focus stays put', async ({ page }) => {
    test.slow(); // axe over every case and both export boxes takes long on a busy machine
    await page.goto('/assign/');
    const ids = knownIds.slice(0, 3);
    for (const id of ids) {
      await page.locator(`#pick-${id}`).focus();
      await page.keyboard.press('Space');
    }
    await expect(page.locator('[data-assign-live]')).toContainText('3 cases picked');
    const third = quizById.get(ids[2]!)!.title;
    const up = page.getByRole('button', { name: `Move “${third}” up` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-picked-list] li').nth(1)).toContainText(third);
    await expect(up).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-picked-list] li').first()).toContainText(third);
    // At the top "up" is disabled: focus moves to "down" rather than being lost.
    await expect(page.getByRole('button', { name: `Move “${third}” down` })).toBeFocused();
    await page.getByRole('button', { name: `Remove “${third}”` }).click();
    await expect(page.locator(`#pick-${ids[2]}`)).not.toBeChecked();
    await expect(page.locator('[data-picked-list] li')).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test('both exports download files that parse, with every question of the picked cases', async ({ page }) => {
    const ids = [knownIds[0]!, knownIds[knownIds.length - 1]!];
    await page.goto(buildAssignmentLink({ title: 'Export check', caseIds: ids }, '/assign/'));
    await expect(page.locator('#assign-title')).toHaveValue('Export check');
    await page.getByRole('button', { name: 'Create the share link' }).click();
    const questions = ids.flatMap((id) => quizById.get(id)!.questions);

    const share = page.locator('[data-share]');
    const xml = await readDownload(page, () => share.getByRole('button', { name: 'Download Moodle XML' }).click());
    expect(xml.name).toBe('export-check-moodle.xml');
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'question' || n === 'answer' }).parse(xml.text);
    const multichoice = doc.quiz.question.filter((q: { '@_type': string }) => q['@_type'] === 'multichoice');
    expect(multichoice.map((q: { idnumber: string }) => q.idnumber)).toEqual(questions.map((q) => q.id));
    expect(multichoice.map((q: { answer: unknown[] }) => q.answer.length)).toEqual(questions.map((q) => q.options.length));
    await expect(share.locator('[data-export-status]')).toContainText(`2 cases, ${questions.length} questions`);

    const gift = await readDownload(page, () => share.getByRole('button', { name: 'Download GIFT' }).click());
    expect(gift.name).toBe('export-check-gift.txt');
    const items = parseGift(gift.text).filter((item) => item.type === 'MC');
    expect(items.map((item) => item.id)).toEqual(questions.map((q) => q.id));

    // Feedback links point at the published site (SITE_URL), not at the address the file came from.
    const site = process.env.SITE_URL ?? 'https://sciatic-atlas.example.org';
    expect(xml.text).toContain(`${site}/lessons/`);
    expect(`${xml.text}${gift.text}`).not.toContain('localhost');

    // QTI: a zip with the manifest and one item per question.
    const [qti] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name: 'Download QTI 2.1' }).click()]);
    expect(qti.suggestedFilename()).toBe('export-check-qti21.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await qti.path())));
    expect(Object.keys(files).filter((name) => name.startsWith('items/'))).toHaveLength(questions.length);
    expect(strFromU8(files['imsmanifest.xml']!)).toContain('imsqti_item_xmlv2p1');
  });
});

test('the whole bank exports every case, past the 40-case share-link limit, and the page says so first', async ({ page }) => {
  await page.goto('/assign/');
  await expect(page.locator('.assign-limits')).toContainText(`a share link holds up to 40 cases`);
  await expect(page.locator('.assign-limits')).toContainText(`have no limit: all ${library.length} cases`);
  const bank = page.locator('[data-bank]');
  const [download] = await Promise.all([page.waitForEvent('download'), bank.getByRole('button', { name: 'Download Moodle XML' }).click()]);
  expect(download.suggestedFilename()).toBe('all-cases-moodle.xml');
  const xml = readFileSync(await download.path(), 'utf8');
  expect(xml.match(/<question type="multichoice">/g)).toHaveLength(library.reduce((n, q) => n + q.questions.length, 0));
  await expect(bank.locator('[data-export-status]')).toContainText(`${library.length} cases`);
});

test.describe('the student opens the link', () => {
  test('sees exactly those cases in that order, completes them, downloads the result and sees the summary', async ({ page }) => {
    const problems = watchPage(page);
    const dialogs = forbidDialogs(page);
    const caseIds = [knownIds[2]!, knownIds[0]!, knownIds[5]!];
    const assignment = { title: 'Friday quiz: “referral”', caseIds, seed: 4242 };
    await page.goto(buildAssignmentLink(assignment));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
    const order = [caseIds[2]!, caseIds[0]!, caseIds[1]!]; // golden: the order seed 4242 gives three cases
    await expect(page.locator('[data-quiz-case]')).toHaveCount(3);
    expect(await page.locator('[data-quiz-case]').evaluateAll((els) => els.map((e) => e.getAttribute('data-quiz-case')))).toEqual(order);
    await expect(page.locator('[data-assignment-contents] li')).toHaveText(order.map((id) => quizById.get(id)!.title));

    // Answer every question right except the very first, checking each as a student would.
    const questions = order.flatMap((id) => quizById.get(id)!.questions);
    for (const [n, question] of questions.entries()) {
      const fieldset = page.locator(`fieldset[data-question="${question.id}"]`);
      const wanted = n === 0 ? [question.options.find((o) => !o.correct)!] : question.options.filter((o) => o.correct);
      for (const option of wanted) await fieldset.locator(`input[value="${option.id}"]`).check();
      await fieldset.getByRole('button', { name: 'Check answer' }).click();
      await expect(fieldset.locator('.quiz-verdict')).toHaveText(n === 0 ? /Not right/ : /Right\./);
    }
    await page.getByRole('button', { name: 'See my result' }).click();

    const handIn = page.locator('[data-hand-in]');
    await expect(handIn).toBeVisible();
    await page.getByLabel('Your name').fill('Ana López');
    const sheet = page.locator('[data-result-sheet]');
    await expect(sheet.locator('[data-sheet-name]')).toHaveText('Ana López');
    await expect(sheet.locator('[data-sheet-title]')).toHaveText(assignment.title);
    await expect(sheet.locator('[data-sheet-score]')).toHaveText(`${questions.length - 1} of ${questions.length} questions right (${Math.round(((questions.length - 1) / questions.length) * 100)}%)`);
    await expect(sheet.locator('[data-sheet-date]')).not.toBeEmpty();
    await expect(sheet.locator('h4')).toHaveText(order.map((id, i) => new RegExp(`^Case ${i + 1}: ${escapeRegExp(quizById.get(id)!.title)}`)));
    await expect(sheet.locator('li[data-correct="false"]')).toHaveCount(1);
    await expect(sheet.locator('li[data-correct="false"]')).toContainText('✗ Not right.');
    // On screen the result is shown once (the quiz's own summary); the sheet is for paper.
    await expect(sheet).toBeHidden();
    await expect(page.locator('[data-summary]')).toBeVisible();

    const file = await readDownload(page, () => page.getByRole('button', { name: 'Download the result (JSON)' }).click());
    expect(file.name).toMatch(/^result-friday-quiz-referral-ana-lopez-\d{4}-\d{2}-\d{2}\.json$/);
    const result = JSON.parse(file.text);
    expect(result.format).toBe('sciatic-atlas/assignment-result');
    expect(result.student).toEqual({ name: 'Ana López' });
    expect(result.assignment.title).toBe(assignment.title);
    expect(result.assignment.caseIds).toEqual(caseIds);
    expect(result.assignment.seed).toBe(4242);
    expect(parseAssignmentLink(new URL(result.assignment.link).search, knownIds)).toEqual({ ok: true, assignment });
    expect(result.score).toMatchObject({ right: questions.length - 1, total: questions.length });
    expect(result.cases.map((c: { caseId: string }) => c.caseId)).toEqual(order);
    const flat = result.cases.flatMap((c: { questions: { questionId: string; correct: boolean }[] }) => c.questions);
    expect(flat.map((q: { questionId: string }) => q.questionId)).toEqual(questions.map((q) => q.id));
    expect(flat.map((q: { correct: boolean }) => q.correct)).toEqual(questions.map((_, n) => n !== 0));
    expect(Date.now() - Date.parse(result.completedAt)).toBeLessThan(5 * 60_000);

    // Printing gives the hand-in sheet alone.
    await page.emulateMedia({ media: 'print' });
    await expect(sheet).toBeVisible();
    await expect(page.locator('[data-assignment-quiz]')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByLabel('Your name')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await expectNoAxeViolations(page);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('without a link, the page says how to open one', async ({ page }) => {
    await page.goto('/assignment/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open an assignment');
    await expect(page.getByRole('link', { name: 'case library' })).toHaveAttribute('href', '/cases/');
  });
});

const BAD_LINKS: { name: string; query: string; message: RegExp }[] = [
  { name: 'an extra key', query: `?t=Quiz&c=${knownIds[0]}&utm_source=mail`, message: /part this page does not use: “utm_source”/ },
  { name: 'an unknown case id', query: `?t=Quiz&c=${knownIds[0]},no-such-case`, message: /No case in the library is called “no-such-case”/ },
  { name: 'a malformed seed', query: `?t=Quiz&c=${knownIds[0]}&s=12abc`, message: /The seed must be a whole number from 0 to 999999, written with digits only; it is “12abc”/ },
  { name: 'a title with an img onerror', query: `?t=${encodeURIComponent('<img src=x onerror=alert(1)>')}&c=${knownIds[0]}`, message: /angle brackets/ },
  { name: 'a title breaking out of an attribute', query: `?t=${encodeURIComponent('"><script>window.__pwned=1</script>')}&c=${knownIds[0]}`, message: /angle brackets/ },
  { name: 'a markup case id and key', query: `?t=Quiz&c=${encodeURIComponent('<svg onload=alert(1)>')}&${encodeURIComponent('<img src=x onerror=alert(2)>')}=1`, message: /No case in the library is called “\?svg onload=alert\(1\)\?”/ },
];

test.describe('bad links show a clear message and inject nothing', () => {
  for (const bad of BAD_LINKS) {
    test(`the student page refuses ${bad.name}`, async ({ page }) => {
      const problems = watchPage(page);
      const dialogs = forbidDialogs(page);
      const before = await page.goto('/assignment/').then(() => page.locator('main *').count());
      await page.goto(`/assignment/${bad.query}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This assignment link cannot be opened');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      const list = page.locator('[data-problem-list] li');
      await expect(list.filter({ hasText: bad.message })).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'case library' }).first()).toHaveAttribute('href', '/cases/');
      // Nothing from the link became an element: no img, svg or script in main, no quiz, no extra nodes
      // beyond the problem list items.
      // (The page's own bundled module script sits in main; any other script would be injected.)
      await expect(page.locator('main img, main svg, main script:not([type="module"][src^="/_astro/"]), main iframe')).toHaveCount(0);
      await expect(page.locator('[data-quiz-case]')).toHaveCount(0);
      const items = await list.count();
      expect(await page.locator('main *').count()).toBe(before + items);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  test('the answer key refuses a bad link the same way, and shows no cases', async ({ page }) => {
    const dialogs = forbidDialogs(page);
    await page.goto(`/assign/key/?t=${encodeURIComponent('<img src=x onerror=alert(1)>')}&c=${knownIds[0]},nope&x=1`);
    const box = page.locator('[data-key-problems]');
    await expect(box).toBeVisible();
    await expect(box.locator('li')).toHaveCount(3);
    await expect(page.locator('[data-key-case]:visible')).toHaveCount(0);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('the assign page refuses to open a bad link for editing, and starts empty', async ({ page }) => {
    await page.goto(`/assign/?t=Quiz&c=nope`);
    await expect(page.locator('[data-error-summary]')).toContainText('No case in the library is called “nope”');
    await expect(page.locator('[data-picked-list] li')).toHaveCount(0);
  });
});

test.describe('the answer key', () => {
  test('shows every case with the right answers and the reasoning, and prints without the site frame', async ({ page }) => {
    await page.goto('/assign/key/');
    await expect(page.locator('[data-key-case]')).toHaveCount(library.length);
    const first = page.locator('[data-key-case]').first();
    const quiz = library[0]!;
    await expect(first.getByRole('heading', { level: 2 })).toContainText(quiz.title);
    await expect(first.locator('.key-decision')).toContainText('Decision:');
    await expect(first.locator('.key-q')).toHaveCount(quiz.questions.length);
    for (const [i, question] of quiz.questions.entries()) {
      const item = first.locator('.key-q').nth(i);
      for (const option of question.options.filter((o) => o.correct)) await expect(item.locator('.key-q__answer')).toContainText(option.text);
      await expect(item.locator('.key-q__why')).toContainText(question.explanation);
    }
    await expect(page.getByText('Rules that fired:').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('[data-key-intro]')).toBeHidden();
    await expect(first.locator('.key-q__why').first()).toBeVisible();
  });

  test('with a link, shows only that assignment’s cases in the students’ order', async ({ page }) => {
    const assignment = { title: 'Key check', caseIds: [knownIds[1]!, knownIds[3]!, knownIds[4]!], seed: 99 };
    await page.goto(buildAssignmentLink(assignment, '/assign/key/'));
    await expect(page.locator('[data-key-title]')).toHaveText('Key check');
    const visible = page.locator('[data-key-case]:visible');
    await expect(visible).toHaveCount(3);
    expect(await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-key-case')))).toEqual([knownIds[1], knownIds[4], knownIds[3]]); // golden: seed 99
    await expect(visible.first().locator('[data-key-number]')).toHaveText('Case 1 of 3:');
    await expect(page.locator('[data-key-student-link]')).toHaveAttribute('href', buildAssignmentLink(assignment));
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['/assign/', '/assign/key/', buildAssignmentLink({ title: 'Phone', caseIds: [knownIds[0]!] })]) {
    test(`${path.split('?')[0]} has no horizontal scrolling at 360 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
