import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DIST_DIR, expectNoAxeViolations, watchPage } from './helpers.ts';
import { readQuizzesPayload } from '../../src/quiz/quizzes-json.ts';
import { QUIZ_SCORES_KEY } from '../../src/quiz/storage.ts';
import type { CaseQuiz, QuizQuestion } from '../../src/quiz/types.ts';

// The student's side of the case quizzes, against the quizzes the build published: a case page
// (feedback, score, lessons to revisit), stored scores, keyboard use, no JavaScript, practice sets.
const quizzes = readQuizzesPayload(JSON.parse(readFileSync(`${DIST_DIR}/cases/quizzes.json`, 'utf8')))!;
/** A case with the most questions, so every kind of question is exercised where possible. */
const quiz: CaseQuiz = [...quizzes].sort((a, b) => b.questions.length - a.questions.length)[0]!;
const casePath = `/cases/${quiz.caseId}/`;

const fieldset = (page: Page, q: QuizQuestion): Locator => page.locator(`fieldset[data-question="${q.id}"]`);
const rights = (q: QuizQuestion) => q.options.filter((o) => o.correct);
const firstWrong = (q: QuizQuestion) => q.options.find((o) => !o.correct)!;
const status = (page: Page) => page.locator('[data-quiz-status]');

async function choose(page: Page, q: QuizQuestion, texts: readonly string[]): Promise<void> {
  const box = fieldset(page, q);
  for (const input of await box.locator('input[type="checkbox"]:checked').all()) await input.uncheck();
  for (const text of texts) await box.getByLabel(text, { exact: true }).check();
}

async function check(page: Page, q: QuizQuestion): Promise<Locator> {
  const box = fieldset(page, q);
  await box.getByRole('button', { name: 'Check answer' }).click();
  return box.locator('[data-feedback]');
}

async function answerAllRight(page: Page, questions: readonly QuizQuestion[]): Promise<void> {
  for (const q of questions) {
    await choose(page, q, rights(q).map((o) => o.text));
    await check(page, q);
  }
}

test.describe('a case quiz', () => {
  test('wrong then right feedback with the reason and lesson link; the score and lessons to revisit at the end', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto(casePath);
    await expect(page.locator('form[data-quiz-set][data-enhanced="true"]')).toBeAttached();
    const [first, ...rest] = quiz.questions;
    const wrong = firstWrong(first!);

    await choose(page, first!, [wrong.text]);
    let feedback = await check(page, first!);
    await expect(feedback).toBeVisible();
    await expect(feedback.locator('.quiz-verdict')).toHaveText('✗ Not right.');
    await expect(feedback).toContainText(`${wrong.text}: not right. ${wrong.feedback}`);
    await expect(feedback).toContainText(`Why: ${first!.explanation}`);
    await expect(feedback.getByRole('link', { name: /^Lesson: / })).toHaveAttribute('href', first!.lesson);
    await expect(fieldset(page, first!).locator(`[data-option="${wrong.id}"]`)).toContainText('✗ Not right');
    await expect(status(page)).toHaveText('Question 1: Not right.');
    await expect(fieldset(page, first!).getByRole('button', { name: 'Check answer' })).toBeFocused();

    await choose(page, first!, [rights(first!)[0]!.text]);
    feedback = await check(page, first!);
    await expect(feedback.locator('.quiz-verdict')).toHaveText('✓ Right.');
    await expect(feedback).toContainText('Your first answer (not right) is the one that counts towards your score.');
    await expect(status(page)).toHaveText('Question 1: Right. Your first answer still counts.');

    await answerAllRight(page, rest);
    await expect(page.locator('[data-progress]')).toHaveText(`Checked ${quiz.questions.length} of ${quiz.questions.length} questions; ${rest.length} right at the first try.`);
    await page.getByRole('button', { name: 'See my result' }).click();
    const summary = page.locator('[data-summary]');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`Score: ${rest.length} of ${quiz.questions.length} questions right`);
    await expect(summary.locator('.quiz-review > li')).toHaveCount(quiz.questions.length);
    await expect(summary.locator('.quiz-review > li').first()).toHaveAttribute('data-verdict', 'wrong');
    await expect(summary.locator('.quiz-revisit a')).toHaveCount(1);
    await expect(summary.locator('.quiz-revisit a')).toHaveAttribute('href', first!.lesson);
    await expect(status(page)).toHaveText(`Your result: ${rest.length} of ${quiz.questions.length} questions right.`);
    expect(problems).toEqual([]);
  });

  test('a multiple-answer question gives partial credit but no point', async ({ page }) => {
    const drivers = quiz.questions.find((q) => q.multiple)!;
    const withTwoRights = quizzes.flatMap((c) => c.questions).find((q) => q.multiple && rights(q).length >= 2);
    const q = withTwoRights ?? drivers;
    await page.goto(`/cases/${q.caseId}/`);
    await choose(page, q, [rights(q)[0]!.text]);
    const feedback = await check(page, q);
    const expected = rights(q).length > 1 ? '◐ Partly right.' : '✓ Right.';
    await expect(feedback.locator('.quiz-verdict')).toHaveText(expected);
  });

  test('the score survives a reload and shows in the library', async ({ page }) => {
    await page.goto(casePath);
    await answerAllRight(page, quiz.questions);
    await page.getByRole('button', { name: 'See my result' }).click();
    const line = `${quiz.questions.length} of ${quiz.questions.length}`;
    await expect(page.locator('[data-last-score]')).toContainText(`Your last score on this case: ${line}`);
    await page.reload();
    await expect(page.locator('[data-last-score]')).toContainText(`Your last score on this case: ${line}`);
    await page.goto('/cases/');
    await expect(page.locator(`[data-case-id="${quiz.caseId}"] [data-last-score]`)).toContainText(`Your last score: ${line}`);
    await expect(page.locator('[data-done-count]')).toHaveText(`You have finished 1 of ${quizzes.length} cases in this browser.`);
  });

  for (const stored of ['{not json', '<img src=x onerror=alert(1)>', JSON.stringify({ version: 1, cases: { [quiz.caseId]: { score: 9, total: 2, at: '<b>' } } }), JSON.stringify({ version: 1, cases: [] })]) {
    test(`corrupted storage is ignored: ${stored.slice(0, 30)}`, async ({ page }) => {
      const problems = watchPage(page);
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [QUIZ_SCORES_KEY, stored]);
      await page.goto('/cases/');
      await expect(page.locator('[data-case-list] [data-last-score]:visible')).toHaveCount(0);
      await expect(page.locator('[data-done-count]')).toBeHidden();
      await page.goto(casePath);
      await expect(page.locator('[data-last-score]')).toBeHidden();
      await answerAllRight(page, quiz.questions);
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page.locator('[data-last-score]')).toBeVisible();
      const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), QUIZ_SCORES_KEY);
      expect(saved.cases[quiz.caseId]).toMatchObject({ score: quiz.questions.length, total: quiz.questions.length });
      expect(problems).toEqual([]);
    });
  }

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto(casePath);
    const [first] = quiz.questions;
    const firstInput = fieldset(page, first!).locator('input').first();
    for (let i = 0; i < 40 && !(await firstInput.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstInput).toBeFocused();
    // Arrow keys move through a radio group and select; Space selects the focused option.
    const target = first!.options.findIndex((o) => o.correct);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(fieldset(page, first!).locator('input').nth(target)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(fieldset(page, first!).getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(fieldset(page, first!).locator('.quiz-verdict')).toHaveText('✓ Right.');
    // Enter on an option checks that question too.
    const second = quiz.questions[1]!;
    await fieldset(page, second).locator('input').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(fieldset(page, second).locator('[data-feedback]')).toBeVisible();
    // The result button, then the summary takes focus.
    const finish = page.getByRole('button', { name: 'See my result' });
    for (let i = 0; i < 80 && !(await finish.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(finish).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-summary]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-summary] a, [data-summary] button').first()).toBeFocused();
  });
});

test.describe('four urgency levels', () => {
  // The published quizzes decide which cases these are, so the tests follow the case bank.
  const urgencyOf = (q: CaseQuiz) => q.questions.find((question) => question.kind === 'urgency')!;
  const keyOf = (q: CaseQuiz) => rights(urgencyOf(q))[0]!.id;

  test('the urgency question offers the four levels, most urgent first', async ({ page }) => {
    const urgent = quizzes.find((q) => keyOf(q) === 'urgent')!;
    await page.goto(`/cases/${urgent.caseId}/`);
    const labels = fieldset(page, urgencyOf(urgent)).locator('label');
    await expect(labels).toHaveText([/^Emergency/, /^Urgent/, /^Refer/, /^Within massage scope/]);
  });

  test('an urgent case answered Emergency is marked over-triage, naming the same-day timescale and the difference', async ({ page }) => {
    const urgent = quizzes.find((q) => keyOf(q) === 'urgent')!;
    const question = urgencyOf(urgent);
    await page.goto(`/cases/${urgent.caseId}/`);
    await expect(page.locator('form[data-quiz-set][data-enhanced="true"]')).toBeAttached();
    await choose(page, question, ['Emergency']);
    const feedback = await check(page, question);
    await expect(feedback.locator('.quiz-verdict')).toHaveText('✗ Not right.');
    await expect(feedback).toContainText('More urgent than this case needs, though erring this way is the safer mistake: the answer is Urgent (same day, and within 48 hours at most).');
    await expect(feedback).toContainText('Emergency means: stop the session');
    await expect(feedback).toContainText('Urgent means: arrange a medical assessment the same day');
    await expect(feedback).not.toContainText('not emergency care');
  });

  test('a case with possible serious pathology asks no source question', async ({ page }) => {
    const serious = quizzes.filter((q) => q.topics.includes('serious-pathology') && keyOf(q) === 'urgent');
    expect(serious.length).toBeGreaterThan(0);
    for (const q of serious) expect(q.questions.map((question) => question.kind), q.caseId).not.toContain('source');
    const first = serious[0]!;
    await page.goto(`/cases/${first.caseId}/`);
    await expect(page.locator(`fieldset[data-question="${first.caseId}/urgency"]`)).toBeVisible();
    await expect(page.locator(`fieldset[data-question="${first.caseId}/source"]`)).toHaveCount(0);
    await expect(page.getByText('Which source are this client’s symptoms most consistent with?')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a case page shows the questions and the answers behind a disclosure', async ({ page }) => {
    await page.goto(casePath);
    for (const q of quiz.questions) {
      const box = fieldset(page, q);
      await expect(box.locator('legend')).toContainText(q.prompt);
      await expect(box.locator('input')).toHaveCount(q.options.length);
      await expect(box.getByRole('button', { name: 'Check answer' })).toBeHidden();
      await box.getByText('Show the answer').click();
      await expect(box.locator('.quiz-key__answer')).toHaveText(`${rights(q).length > 1 ? 'Answers' : 'Answer'}: ${rights(q).map((o) => o.text).join('; ')}`);
      await expect(box.locator('.quiz-key').getByRole('link')).toHaveAttribute('href', q.lesson);
    }
    await expect(page.getByRole('button', { name: 'See my result' })).toBeHidden();
  });

  test('the library lists cases by topic and difficulty, and practice points to the library', async ({ page }) => {
    await page.goto('/cases/');
    await expect(page.locator('[data-case-filter]')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Cases by topic' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cases by difficulty' })).toBeVisible();
    await page.goto('/practice/');
    await expect(page.getByText('Practice sets need JavaScript')).toBeVisible();
    await expect(page.locator('[data-practice-no-js]').getByRole('link', { name: 'case library' })).toHaveAttribute('href', '/cases/');
  });
});

test.describe('the case library', () => {
  test('filters by topic and difficulty, says how many, and keeps the filter in the address', async ({ page }) => {
    await page.goto('/cases/');
    const cards = page.locator('[data-case-list] > li');
    await expect(cards).toHaveCount(quizzes.length);
    await expect(page.getByRole('heading', { name: 'Cases by topic' })).toBeHidden();
    const topic = 'emergency';
    const matching = quizzes.filter((q) => q.topics.includes(topic));
    await page.getByLabel('Topic').selectOption(topic);
    await expect(page.locator('[data-case-list] > li:visible')).toHaveCount(matching.length);
    await expect(page.locator('[data-filter-status]')).toHaveText(`Showing ${matching.length} of ${quizzes.length} cases.`);
    await expect(page).toHaveURL(/\?topic=emergency$/);
    const level = matching[0]!.difficulty;
    await page.getByLabel('Difficulty').selectOption(level);
    const both = matching.filter((q) => q.difficulty === level);
    await expect(page.locator('[data-case-list] > li:visible')).toHaveCount(both.length);
    await page.reload();
    await expect(page.locator('[data-case-list] > li:visible')).toHaveCount(both.length);
    await page.goto('/cases/?topic=<script>&difficulty=nope');
    await expect(page.locator('[data-case-list] > li:visible')).toHaveCount(quizzes.length);
  });
});

test.describe('practice', () => {
  test('draws a set of the chosen size and topic, runs it and ends with a summary', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('/practice/');
    await page.getByRole('radio', { name: '3 cases' }).check();
    await page.getByRole('checkbox', { name: /^Emergencies/ }).check();
    await page.getByRole('button', { name: 'Draw a practice set' }).click();
    await expect(page.getByRole('heading', { name: 'Your practice set' })).toBeFocused();
    const cases = page.locator('[data-practice-quiz] [data-quiz-case]');
    await expect(cases).toHaveCount(3);
    const ids = await cases.evaluateAll((els) => els.map((el) => el.getAttribute('data-quiz-case')!));
    const drawn = ids.map((id) => quizzes.find((q) => q.caseId === id)!);
    for (const q of drawn) expect(q.topics).toContain('emergency');
    const questions = drawn.flatMap((q) => q.questions);
    await expect(page.locator('[data-practice-note]')).toHaveText(`3 cases, ${questions.length} questions.`);
    await answerAllRight(page, questions);
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('[data-summary]')).toContainText(`Score: ${questions.length} of ${questions.length}`);
    await expect(page.locator('[data-summary]')).toContainText('Nothing to revisit: every answer was right.');
    await page.goto('/cases/');
    for (const q of drawn) await expect(page.locator(`[data-case-id="${q.caseId}"] [data-last-score]`)).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a topic with fewer cases than asked for gives a smaller set and says so', async ({ page }) => {
    const counts = new Map<string, number>();
    for (const q of quizzes) for (const t of q.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    const [topic, count] = [...counts].sort((a, b) => a[1] - b[1])[0]!;
    test.skip(count >= 10, 'every topic has 10 cases or more');
    await page.goto('/practice/');
    await page.getByRole('radio', { name: '10 cases' }).check();
    await page.locator(`input[name="topic"][value="${topic}"]`).check();
    await page.getByRole('button', { name: 'Draw a practice set' }).click();
    await expect(page.locator('[data-practice-quiz] [data-quiz-case]')).toHaveCount(count);
    await expect(page.locator('[data-practice-note]')).toContainText(`Only ${count} case`);
  });
});

test.describe('answered states pass axe', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: a checked case quiz with its summary, and a drawn practice set`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(casePath);
      const [first, ...rest] = quiz.questions;
      await choose(page, first!, [firstWrong(first!).text]);
      await check(page, first!);
      const multiple = rest.find((q) => q.multiple);
      if (multiple) {
        await choose(page, multiple, [rights(multiple)[0]!.text, firstWrong(multiple).text]);
        await check(page, multiple);
      }
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page.locator('[data-summary]')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto('/practice/');
      await page.getByRole('button', { name: 'Draw a practice set' }).click();
      await expect(page.locator('[data-practice-quiz] [data-quiz-case]').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
