import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { caseSchema } from '../../src/content/schemas/case.ts';
import { buildCaseQuiz } from '../../src/quiz/build-quiz.ts';
import { authoredCaseId } from '../../src/authoring/authored-case.ts';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

// An instructor writes a case: a mistake gets its message, the rules compute the answers and the
// page shows the questions, a reload loses nothing, the link opens it for a student, and the YAML
// download passes the library's case schema.

const source = caseSchema.parse(parseYaml(readFileSync('content/cases/choir-director.yaml', 'utf8')));
const title = 'The choir director 🎼 (own)';

test('write a case, see its computed answers, open it as a student and download YAML that passes the schema', async ({ page }) => {
  test.slow(); // many steps and an axe run over every finding's checkbox
  const problems = watchPage(page);
  await page.goto('/assign/write/');
  await expect(page.locator('[data-write-form]')).toHaveAttribute('data-ready', 'true');

  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('The client', { exact: true }).fill(source.story.client);
  await page.getByLabel('History', { exact: true }).fill(source.story.history);
  // Leave the report without the tingling for now: the finding is not mentioned yet.
  await page.getByLabel('What they report', { exact: true }).fill('After an hour of standing to conduct, her left leg feels odd.');
  await page.getByLabel('What you find', { exact: true }).fill(source.story.assessment);
  for (const id of source.findings) await page.locator(`#finding-${id}`).check();
  await page.getByLabel(/^Intermediate/).check();
  for (const t of source.topics) await page.locator(`#topic-${t}`).check();
  await expect(page.locator('[data-mention-for="leg-tingling-or-numbness"]')).toHaveText('✗ The story does not mention it yet.');

  await page.getByRole('button', { name: 'Check the case and show the questions' }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The story never mentions');
  await expect(page.locator('[data-error-for="findings"]')).toBeVisible();
  await expect(page.locator('[data-preview]')).toBeHidden();

  // A reload keeps everything typed and ticked.
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(page.locator(`#finding-${source.findings[0]}`)).toBeChecked();
  await expect(page.getByLabel(/^Intermediate/)).toBeChecked();

  await page.getByLabel('What they report', { exact: true }).fill(source.story.reports);
  await expect(page.locator('[data-mention-for="leg-tingling-or-numbness"]')).toHaveText('✓ The story mentions it.');
  await page.getByRole('button', { name: 'Check the case and show the questions' }).click();
  await expect(summary).toBeHidden();
  const preview = page.locator('[data-preview]');
  await expect(preview.getByRole('heading', { name: 'What students get' })).toBeFocused();

  // The questions are the rules' own: the same as building the quiz from the same findings.
  const expected = buildCaseQuiz(authoredCaseId(title), { ...source, title, synonyms: undefined } as never);
  const items = preview.locator('[data-preview-questions] > li');
  await expect(items).toHaveCount(expected.questions.length);
  for (const [i, q] of expected.questions.entries()) {
    await expect(items.nth(i).locator('strong')).toHaveText(q.prompt);
    await expect(items.nth(i).locator('li[data-correct="true"]')).toHaveText(q.options.filter((o) => o.correct).map((o) => `✓ ${o.text} (right)`));
  }

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the case file (YAML)' }).click()]);
  expect(download.suggestedFilename()).toBe('the-choir-director-own.yaml');
  const parsed = caseSchema.safeParse(parseYaml(readFileSync(await download.path(), 'utf8')));
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data).toMatchObject({ title, story: source.story, difficulty: 'intermediate' });
  // The page writes topics in the schema's order, whatever order the case file used.
  expect([...parsed.data!.topics].sort()).toEqual([...source.topics].sort());
  expect([...parsed.data!.findings].sort()).toEqual([...source.findings].sort());

  await expectNoAxeViolations(page);

  // The link opens it for a student, with the same questions.
  const link = await page.locator('[data-own-link]').inputValue();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator(`[data-quiz-case="${authoredCaseId(title)}"]`)).toHaveCount(1);
  await expect(page.locator('fieldset[data-question] .quiz-q__prompt')).toHaveText(expected.questions.map((q) => q.prompt));
  expect(problems).toEqual([]);
});

test('a tampered case in a link opens nothing and says why', async ({ page }) => {
  const tampered = Buffer.from(JSON.stringify({ title: 'No', story: { client: 'Someone, 40.' }, findings: ['fever'] })).toString('base64url');
  await page.goto(`/assignment/?t=Own&c=&x=${tampered}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This assignment link cannot be opened');
  await expect(page.locator('[data-problem-list]')).toContainText('In the case written by your instructor: The title must be 5 to 80 characters');
  await expect(page.locator('[data-quiz-case]')).toHaveCount(0);
});
