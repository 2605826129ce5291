import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { assignmentOrder, buildAssignmentLink, parseAssignmentLink } from '../../src/quiz/assignment-link.ts';
import type { CaseQuiz } from '../../src/quiz/types.ts';
import { DIST_DIR } from './helpers.ts';

// Nothing lost: a reload, or Back after following a link with the back-forward cache out of the
// way (Playwright's Chromium runs without it; each test also checks the page really was loaded
// again), finds the half-built assignment, a student's checked answers and a finished but not yet
// downloaded result exactly as they were.

const library: CaseQuiz[] = (JSON.parse(readFileSync(`${DIST_DIR}/cases/quizzes.json`, 'utf8')) as { quizzes: CaseQuiz[] }).quizzes;
const knownIds = library.map((q) => q.caseId);
const quizById = new Map(library.map((q) => [q.caseId, q]));

/** Leave a mark on the page's window: a page restored from the back-forward cache would keep it. */
const markWindow = (page: Page) => page.evaluate(() => ((window as never as { __marked: boolean }).__marked = true));
async function expectLoadedAgain(page: Page, type: 'reload' | 'back_forward'): Promise<void> {
  expect(await page.evaluate(() => (window as never as { __marked?: boolean }).__marked ?? false)).toBe(false);
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe(type);
}

/** Accept the "leave this page?" question and record that it was asked. */
function acceptLeaving(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', async (dialog) => {
    asked.push(dialog.type());
    await dialog.accept();
  });
  return asked;
}

test('the builder keeps its ticks, order, title and seed through a reload and Back, and the link matches the ticks', async ({ page }) => {
  await page.goto('/assign/');
  const [a, b, c, d] = knownIds;
  for (const id of [a, b, c]) await page.locator(`#pick-${id}`).check();
  await page.getByRole('button', { name: `Move “${quizById.get(c!)!.title}” up` }).click();
  await page.locator('#assign-title').fill('Week 6 👩‍⚕️ referral');
  const expectState = async (ids: string[]) => {
    await expect(page.locator('[data-picked-count]')).toHaveText(`${ids.length} cases`);
    await expect(page.locator('[data-picked-list] li .picked__row > span:first-child')).toHaveText(ids.map((id) => quizById.get(id)!.title));
    for (const id of knownIds) await expect(page.locator(`#pick-${id}`)).toBeChecked({ checked: ids.includes(id) });
    await expect(page.locator('#assign-title')).toHaveValue('Week 6 👩‍⚕️ referral');
  };
  await expectState([a!, c!, b!]);

  await markWindow(page);
  await page.reload();
  await expectLoadedAgain(page, 'reload');
  await expectState([a!, c!, b!]);

  // Follow a preview link and come back.
  await markWindow(page);
  await page.locator(`[data-case="${d}"] .case-pick__preview`).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${d}/$`));
  await page.goBack();
  await expectLoadedAgain(page, 'back_forward');
  await expectState([a!, c!, b!]);

  // One more tick, then Create: the link holds exactly the ticked cases, in the list's order.
  await page.locator(`#pick-${d}`).check();
  await page.getByRole('button', { name: 'Create the share link' }).click();
  const link = new URL(await page.locator('#share-link').inputValue());
  expect(parseAssignmentLink(link.search, knownIds)).toEqual({ ok: true, assignment: { title: 'Week 6 👩‍⚕️ referral', caseIds: [a, c, b, d] } });

  // Shuffled with a seed survives too.
  await page.getByLabel(/^Shuffled with a seed/).check();
  await page.locator('#assign-seed').fill('4711');
  await page.reload();
  await expect(page.getByLabel(/^Shuffled with a seed/)).toBeChecked();
  await expect(page.locator('#assign-seed')).toHaveValue('4711');
  const seeded = assignmentOrder({ title: 'x', caseIds: [a!, c!, b!, d!], seed: 4711 });
  await expect(page.locator('[data-picked-list] li .picked__row > span:first-child')).toHaveText(seeded.map((id) => quizById.get(id)!.title));

  // Start over empties it, and that too is kept.
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.reload();
  await expect(page.locator('[data-picked-count]')).toHaveText('no cases yet');
  await expect(page.locator('#assign-title')).toHaveValue('');
});

test('a student loses no answer, no "first answer counts" and no unsent result through reloads and Back', async ({ page }) => {
  const asked = acceptLeaving(page);
  const caseIds = [knownIds[1]!, knownIds[4]!];
  const assignment = { title: 'Nothing lost check', caseIds };
  await page.goto(buildAssignmentLink(assignment));
  const questions = caseIds.flatMap((id) => quizById.get(id)!.questions);
  const [q1, q2] = questions;
  const wrong1 = q1!.options.find((o) => !o.correct)!;
  const right1 = q1!.options.find((o) => o.correct)!;
  const f1 = page.locator(`fieldset[data-question="${q1!.id}"]`);
  const f2 = page.locator(`fieldset[data-question="${q2!.id}"]`);

  // Question 1: wrong first, then right (the wrong one counts). Question 2: right.
  await f1.locator(`input[value="${wrong1.id}"]`).check();
  await f1.getByRole('button', { name: 'Check answer' }).click();
  await f1.locator(`input[value="${right1.id}"]`).check();
  await f1.getByRole('button', { name: 'Check answer' }).click();
  await expect(f1.locator('.quiz-first')).toContainText('Your first answer (not right) is the one that counts');
  for (const o of q2!.options.filter((o) => o.correct)) await f2.locator(`input[value="${o.id}"]`).check();
  await f2.getByRole('button', { name: 'Check answer' }).click();

  const expectAnswers = async () => {
    await expect(f1.locator(`input[value="${right1.id}"]`)).toBeChecked();
    await expect(f1).toHaveAttribute('data-state', 'wrong');
    for (const o of q2!.options) await expect(f2.locator(`input[value="${o.id}"]`)).toBeChecked({ checked: o.correct });
    await expect(f2).toHaveAttribute('data-state', 'right');
    await expect(page.locator('[data-progress]')).toHaveText(`Checked 2 of ${questions.length} questions; 1 right at the first try.`);
  };

  await markWindow(page);
  await page.reload();
  await expectLoadedAgain(page, 'reload');
  expect(asked).toEqual(['beforeunload']);
  await expectAnswers();
  // Checking question 1 again after the reload: the first (wrong) answer still counts.
  await f1.getByRole('button', { name: 'Check answer' }).click();
  await expect(f1.locator('.quiz-first')).toContainText('Your first answer (not right) is the one that counts');

  // A feedback's lesson link, then Back.
  await markWindow(page);
  await f2.locator('.quiz-lesson').first().click();
  await expect(page).toHaveURL(/\/lessons\//);
  await page.goBack();
  await expectLoadedAgain(page, 'back_forward');
  await expectAnswers();

  // Finish, type a name with a joiner, reload: the result and name are still there, unchanged.
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('[data-hand-in]')).toBeVisible();
  const name = 'Dr 👩‍⚕️ Rivera‌-Nasr';
  await page.getByLabel('Your name').fill(name);
  const firstScore = await page.locator('.quiz-summary__score').textContent();
  await page.reload();
  await expect(page.locator('[data-hand-in]')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue(name);
  await expect(page.locator('.quiz-summary__score')).toHaveText(firstScore!);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the result (JSON)' }).click()]);
  const result = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(result.student.name).toBe(name);
  // Question 1's first answer (wrong) counted, question 2 right, the rest unanswered.
  expect(result.score.right).toBe(1);

  // Downloaded: nothing is kept any more, and leaving asks nothing.
  const before = asked.length;
  await page.reload();
  expect(asked.length).toBe(before);
  await expect(page.locator('[data-hand-in]')).toBeHidden();
  await expect(f1).not.toHaveAttribute('data-state', /./);
});

test('closing a started, unsaved assignment asks first; an untouched one does not', async ({ page }) => {
  const asked = acceptLeaving(page);
  await page.goto(buildAssignmentLink({ title: 'Close check', caseIds: [knownIds[2]!] }));
  await page.getByRole('button', { name: 'See my result' }).waitFor();
  await page.close({ runBeforeUnload: true });
  expect(asked).toEqual([]);

  const second = await page.context().newPage();
  const asked2 = acceptLeaving(second);
  await second.goto(buildAssignmentLink({ title: 'Close check', caseIds: [knownIds[2]!] }));
  const q = quizById.get(knownIds[2]!)!.questions[0]!;
  const fieldset = second.locator(`fieldset[data-question="${q.id}"]`);
  await fieldset.locator('input').first().check();
  await fieldset.getByRole('button', { name: 'Check answer' }).click();
  const closed = second.waitForEvent('close');
  await second.close({ runBeforeUnload: true });
  await closed;
  expect(asked2).toEqual(['beforeunload']);
});
