import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { buildAssignmentLink } from '../../src/quiz/assignment-link.ts';
import { PACKAGE_DATA_ID, type PackageData } from '../../src/quiz/scorm/package.ts';
import type { CaseQuiz, QuizQuestion } from '../../src/quiz/types.ts';
import { DIST_DIR } from './helpers.ts';

// The SCORM packages for real: download one from /assign/, unzip it, and serve it from a pretend
// LMS whose SCORM side is scorm-again (a third-party run-time, the LMS half of the API). The
// package runs in the LMS's frame; the student answers some questions right and one wrong; the test
// reads back what the LMS recorded.

const library: CaseQuiz[] = (JSON.parse(readFileSync(`${DIST_DIR}/cases/quizzes.json`, 'utf8')) as { quizzes: CaseQuiz[] }).quizzes;
const LMS = 'http://lms.test';
const RUNTIME: Record<'1.2' | '2004', { file: string; global: string; api: string }> = {
  '1.2': { file: 'node_modules/scorm-again/dist/scorm12.js', global: 'Scorm12API', api: 'API' },
  '2004': { file: 'node_modules/scorm-again/dist/scorm2004.js', global: 'Scorm2004API', api: 'API_1484_11' },
};

async function downloadPackage(page: Page, version: '1.2' | '2004', caseIds: string[], passMark: string): Promise<Record<string, Uint8Array>> {
  await page.goto(buildAssignmentLink({ title: 'Week 5: SCORM check', caseIds }, '/assign/'));
  await page.getByRole('button', { name: 'Create the share link' }).click();
  const share = page.locator('[data-share]');
  await share.getByLabel('Pass mark (% of questions right)').fill(passMark);
  const [download] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name: `Download SCORM ${version}` }).click()]);
  expect(download.suggestedFilename()).toBe(`week-5-scorm-check-scorm${version.replace('.', '')}.zip`);
  await expect(share.locator('[data-export-status]')).toContainText(`Downloaded the SCORM ${version} package: ${caseIds.length} cases`);
  return unzipSync(new Uint8Array(readFileSync(await download.path())));
}

/** Serve the unzipped package under /package/ and a host page that provides the LMS side. */
async function hostPackage(page: Page, version: '1.2' | '2004', files: Record<string, Uint8Array>): Promise<Frame> {
  const runtime = RUNTIME[version];
  await page.route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      const body = `<!doctype html><html lang="en"><head><title>LMS</title><script src="/runtime.js"></script><script>window.${runtime.api} = new ${runtime.global}({ autocommit: false, logLevel: 5 });</script></head><body><iframe title="Package" src="/package/index.html" style="width:100%;height:90vh"></iframe></body></html>`;
      return route.fulfill({ contentType: 'text/html', body });
    }
    if (path === '/runtime.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(runtime.file, 'utf8') });
    const file = files[path.replace(/^\/package\//, '')];
    if (!path.startsWith('/package/') || !file) return route.fulfill({ status: 404, body: 'not in the package' });
    const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    return route.fulfill({ contentType: type, body: Buffer.from(file) });
  });
  await page.goto(`${LMS}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-package-ready', 'true');
  return page.frames().find((f) => f.url().endsWith('/package/index.html'))!;
}

/** Answer every question right except the first, which gets a wrong option. */
async function answer(frame: Frame, questions: readonly QuizQuestion[]): Promise<void> {
  for (const [i, q] of questions.entries()) {
    const fieldset = frame.locator(`fieldset[data-question="${q.id}"]`);
    const picks = i === 0 ? [q.options.find((o) => !o.correct)!] : q.options.filter((o) => o.correct);
    for (const option of picks) await fieldset.locator(`input[value="${option.id}"]`).check();
    await fieldset.getByRole('button', { name: 'Check answer' }).click();
  }
  await frame.getByRole('button', { name: 'See my result' }).click();
  await expect(frame.locator('html')).toHaveAttribute('data-lms-reported', 'true');
}

const caseIds = [library[0]!.caseId, library[3]!.caseId];
const questions = caseIds.flatMap((id) => library.find((q) => q.caseId === id)!.questions);
const right = questions.length - 1;
const percent = Math.round((right / questions.length) * 10_000) / 100;

test('SCORM 1.2: scorm-again records score, pass or fail and every answer as an interaction', async ({ page }) => {
  const files = await downloadPackage(page, '1.2', caseIds, '50');
  expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html', 'player.js', 'style.css']);
  const manifest = strFromU8(files['imsmanifest.xml']!);
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).toContain('<adlcp:masteryscore>50</adlcp:masteryscore>');
  const data = JSON.parse(strFromU8(files['index.html']!).match(new RegExp(`id="${PACKAGE_DATA_ID}">(.*?)</script>`, 's'))![1]!) as PackageData;
  expect(data.quizzes.map((q) => q.caseId)).toEqual(caseIds);

  const frame = await hostPackage(page, '1.2', files);
  await expect(frame.locator('[data-lms-status]')).toHaveText(/Connected to your course/);
  expect(await page.evaluate(() => (window as never as { API: { cmi: { core: { lesson_status: string } } } }).API.cmi.core.lesson_status)).toBe('incomplete');
  await answer(frame, questions);
  await expect(frame.locator('[data-lms-status]')).toContainText(`${right} of ${questions.length} right (${percent}%): passed (pass mark 50%). Sent to your course.`);

  const cmi = await page.evaluate(() => JSON.parse(JSON.stringify((window as never as { API: { cmi: unknown } }).API.cmi)));
  expect(cmi.core.score.raw).toBe(String(percent));
  expect(cmi.core.score.max).toBe('100');
  expect(cmi.core.lesson_status).toBe('passed');
  const interactions = Object.values(cmi.interactions.childArray ?? cmi.interactions) as { id: string; result: string; student_response: string; type: string }[];
  expect(interactions.map((i) => i.id)).toEqual(questions.map((q) => q.id));
  expect(interactions.map((i) => i.result)).toEqual(questions.map((_, i) => (i === 0 ? 'wrong' : 'correct')));
  expect(interactions.every((i) => i.type === 'choice' && /^[a-z0-9](,[a-z0-9])*$/.test(i.student_response))).toBe(true);
});

test('SCORM 2004: scorm-again records scaled score, success, completion and every answer', async ({ page }) => {
  const files = await downloadPackage(page, '2004', caseIds, '95');
  const manifest = strFromU8(files['imsmanifest.xml']!);
  expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  expect(manifest).toContain('<imsss:minNormalizedMeasure>0.95</imsss:minNormalizedMeasure>');

  const frame = await hostPackage(page, '2004', files);
  await answer(frame, questions);
  await expect(frame.locator('[data-lms-status]')).toContainText(`${right} of ${questions.length} right (${percent}%): not passed (pass mark 95%). Sent to your course.`);
  const cmi = await page.evaluate(() => JSON.parse(JSON.stringify((window as never as { API_1484_11: { cmi: unknown } }).API_1484_11.cmi)));
  expect(cmi.score.scaled).toBe(String(Math.round((right / questions.length) * 10_000) / 10_000));
  expect(cmi.score.raw).toBe(String(percent));
  expect(cmi.success_status).toBe('failed');
  expect(cmi.completion_status).toBe('completed');
  const interactions = Object.values(cmi.interactions.childArray ?? cmi.interactions) as { id: string; result: string; learner_response: string; correct_responses: unknown }[];
  expect(interactions.map((i) => i.id)).toEqual(questions.map((q) => q.id));
  expect(interactions.map((i) => i.result)).toEqual(questions.map((_, i) => (i === 0 ? 'incorrect' : 'correct')));
  const wrongPick = questions[0]!.options.find((o) => !o.correct)!.id;
  expect(interactions[0]!.learner_response).toBe(wrongPick);
  const lastRight = questions.at(-1)!.options.filter((o) => o.correct).map((o) => o.id).join('[,]');
  expect(interactions.at(-1)!.learner_response).toBe(lastRight);
});
