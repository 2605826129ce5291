import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildAssignmentLink } from '../../src/quiz/assignment-link.ts';
import { buildAssignmentResult, serializeResult } from '../../src/quiz/assignment-result.ts';
import type { CaseQuiz, QuizAnswer } from '../../src/quiz/types.ts';
import { DIST_DIR, expectNoAxeViolations, watchPage } from './helpers.ts';

// The class results page: three good result files, one edited by hand, one from another
// assignment, one that is not JSON and one JSON file that is not a result. Each gets its message;
// the good and the edited ones make the table, the most-missed list and the CSV.

const library: CaseQuiz[] = (JSON.parse(readFileSync(`${DIST_DIR}/cases/quizzes.json`, 'utf8')) as { quizzes: CaseQuiz[] }).quizzes;
const assignment = { title: 'Week 7: referral', caseIds: [library[0]!.caseId, library[2]!.caseId] };
const quizzes = assignment.caseIds.map((id) => library.find((q) => q.caseId === id)!);
const questions = quizzes.flatMap((q) => q.questions);
const everyQuestion = new Map(library.flatMap((quiz) => quiz.questions.map((q) => [q.id, q] as const)));
const right = (id: string) => everyQuestion.get(id)!.options.filter((o) => o.correct).map((o) => o.id);
const wrong = (id: string) => [everyQuestion.get(id)!.options.find((o) => !o.correct)!.id];

/** A student's answers: every question right except those named. */
function answers(missed: readonly number[]): QuizAnswer[] {
  return questions.map((q, i) => ({ questionId: q.id, chosen: missed.includes(i) ? wrong(q.id) : right(q.id) }));
}

function resultFile(name: string, missed: number[], which = assignment) {
  const qs = which === assignment ? quizzes : which.caseIds.map((id) => library.find((q) => q.caseId === id)!);
  const all = qs.flatMap((q) => q.questions);
  const ans = which === assignment ? answers(missed) : all.map((q) => ({ questionId: q.id, chosen: right(q.id) }));
  const result = buildAssignmentResult({ assignment: which, quizzes: qs, answers: ans, name, completedAt: new Date('2026-11-30T10:00:00Z'), siteUrl: 'https://atlas.example.edu' });
  return serializeResult(result);
}

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('three good files, an edited one, one of another assignment and two that are no result files', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto(`/assign/results/${buildAssignmentLink(assignment, '').replace(/^\//, '')}`);
  await expect(page.locator('[data-class-results]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-class-assignment]')).toContainText('Results for the assignment “Week 7: referral” (2 cases)');

  const edited = resultFile('Chen Wei', [0, 1, 2]).replace(/"right": \d+,/, `"right": ${questions.length},`);
  const other = { title: 'Another week', caseIds: [library[5]!.caseId] };
  await page.locator('[data-result-files]').setInputFiles([
    file('ana.json', resultFile('Ana López', [0])),
    file('bo.json', resultFile('Bo 👩‍⚕️ Berg', [0, 1])),
    file('dara.json', resultFile('دارا‌ کریمی', [])),
    file('chen.json', edited),
    file('other.json', resultFile('Eve', [], other)),
    file('notes.txt', 'these are my notes, not JSON'),
    file('package.json', '{"name":"not-a-result"}'),
  ]);

  const messages = page.locator('[data-file-messages] li');
  await expect(messages).toHaveCount(7);
  await expect(page.locator('[data-class-status]')).toHaveText('4 files added, 3 files not added (see the messages). 4 students in the table.');
  await expect(messages.nth(0)).toHaveText(`✓ ana.json: Ana López, ${questions.length - 1} of ${questions.length}.`);
  await expect(messages.nth(3)).toHaveAttribute('data-kind', 'edited');
  await expect(messages.nth(3)).toContainText('Edited: its checksum does not match its contents');
  await expect(messages.nth(4)).toContainText('belongs to another assignment (“Another week”, 1 case)');
  await expect(messages.nth(5)).toContainText('it is not JSON');
  await expect(messages.nth(6)).toContainText('not a Sciatic Atlas result file');

  // The table: one row per student (sorted by name), one column per question.
  const rows = page.locator('[data-class-table] tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(page.locator('[data-class-table] thead th')).toHaveCount(2 + questions.length);
  await expect(rows.locator('th')).toHaveText(['Ana López', 'Bo 👩‍⚕️ Berg', 'Chen Wei ⚠ edited', 'دارا‌ کریمی']);
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText('✗ not right');
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('✓ right');
  await expect(rows.nth(3).locator('td').first()).toHaveText(`${questions.length} of ${questions.length} (100%)`);

  // Question 1 was missed by Ana, Bo and Chen: first in the most-missed list.
  await expect(page.locator('[data-most-missed] li').first()).toContainText('3 of 4 not right · Case 1,');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('class-results-week-7-referral.csv');
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(csv).toHaveLength(5);
  expect(csv[0]).toMatch(/^Student,File,Completed,File check,Right,Questions,Percent,"Case 1, how urgent: [^"]+",/);
  expect(csv[1]).toBe(`Ana López,ana.json,2026-11-30T10:00:00.000Z,as downloaded,${questions.length - 1},${questions.length},${Math.round(((questions.length - 1) / questions.length) * 100)},0,${questions.slice(1).map(() => 1).join(',')}`);
  expect(csv[3]).toContain('Chen Wei,chen.json,2026-11-30T10:00:00.000Z,edited: checksum does not match');

  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('without a link the first good file sets the assignment; clearing empties the table', async ({ page }) => {
  await page.goto('/assign/results/');
  await page.locator('[data-result-files]').setInputFiles([file('bo.json', resultFile('Bo', [1])), file('eve.json', resultFile('Eve', [], { title: 'Another week', caseIds: [library[5]!.caseId] }))]);
  await expect(page.locator('[data-class-assignment]')).toContainText('“Week 7: referral”, set by the first file');
  await expect(page.locator('[data-file-messages] li').nth(1)).toContainText('belongs to another assignment');
  await page.getByRole('button', { name: 'Clear the table' }).click();
  await expect(page.locator('[data-class-output]')).toBeHidden();
  await expect(page.locator('[data-file-messages] li')).toHaveCount(0);
});
