import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { buildAssignmentLink } from '../../src/quiz/assignment-link.ts';
import { buildAssignmentResult, serializeResult } from '../../src/quiz/assignment-result.ts';
import type { CaseQuiz } from '../../src/quiz/types.ts';

const library: CaseQuiz[] = (JSON.parse(readFileSync('dist/cases/quizzes.json', 'utf8')) as { quizzes: CaseQuiz[] }).quizzes;
const ids = [library[0]!.caseId, library[2]!.caseId];
for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`shots ${width} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const name = (n: string) => `/tmp/shots/${n}-${width}-${scheme}.png`;
      await page.goto(buildAssignmentLink({ title: 'Week 3 👩‍⚕️ referral', caseIds: ids }, '/assign/'));
      await page.getByRole('button', { name: 'Create the share link' }).click();
      await page.locator('[data-share]').screenshot({ path: name('assign-share') });
      await page.locator('[data-bank]').screenshot({ path: name('assign-bank') });
      await page.goto('/assign/');
      await page.screenshot({ path: name('assign-top') });
      await page.goto('/assign/results/');
      const quizzes = ids.map((id) => library.find((q) => q.caseId === id)!);
      const files = ['Ana López', 'Bo 👩‍⚕️ Berg', 'Chen Wei'].map((n, i) => {
        const answers = quizzes.flatMap((q) => q.questions).map((q, j) => ({ questionId: q.id, chosen: j <= i ? [q.options.find((o) => !o.correct)!.id] : q.options.filter((o) => o.correct).map((o) => o.id) }));
        let text = serializeResult(buildAssignmentResult({ assignment: { title: 'Week 3 👩‍⚕️ referral', caseIds: ids }, quizzes, answers, name: n, completedAt: new Date() }));
        if (i === 2) text = text.replace(/"right": \d+,/, '"right": 6,');
        return { name: `${n}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
      });
      await page.locator('[data-result-files]').setInputFiles([...files, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') }]);
      await page.locator('[data-class-output]').waitFor();
      await page.screenshot({ path: name('results'), fullPage: true });
      await page.goto('/assignment/?t=x&c=nope');
      await page.screenshot({ path: name('assignment-error') });
      await page.goto('/assign/write/');
      await page.getByRole('button', { name: 'Check the case and show the questions' }).click();
      await page.screenshot({ path: name('write-errors') });
    });
  }
}
