// Step 3 of the assign page: the share link (copy button and plain text), the answer key link, and
// the Moodle XML and GIFT downloads, made here in the browser from /cases/quizzes.json.
import { ANSWER_KEY_PATH, assignmentOrder, buildAssignmentLink, type Assignment } from '../../quiz/assignment-link.ts';
import { toGift } from '../../quiz/export/gift.ts';
import { toMoodleXml } from '../../quiz/export/moodle-xml.ts';
import { fileSlug } from '../../quiz/file-name.ts';
import { QUIZZES_JSON_PATH, readQuizzesPayload } from '../../quiz/quizzes-json.ts';
import type { CaseQuiz } from '../../quiz/types.ts';
import { downloadText } from '../download.ts';

export interface SharePanel {
  show(assignment: Assignment): void;
  /** The assignment changed after the link was made: say so and hold back the outputs. */
  markStale(): void;
}

let library: Promise<CaseQuiz[]> | undefined;

function loadLibrary(): Promise<CaseQuiz[]> {
  library ??= fetch(QUIZZES_JSON_PATH)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((data: unknown) => readQuizzesPayload(data) ?? Promise.reject(new Error('not a quiz file')));
  library.catch(() => (library = undefined)); // let a later click try again
  return library;
}

export function initSharePanel(panel: HTMLElement): SharePanel {
  const status = panel.querySelector<HTMLElement>('[data-share-status]')!;
  const field = panel.querySelector<HTMLInputElement>('[data-share-link]')!;
  const open = panel.querySelector<HTMLAnchorElement>('[data-share-open]')!;
  const key = panel.querySelector<HTMLAnchorElement>('[data-key-link]')!;
  const outputs = panel.querySelector<HTMLElement>('[data-share-outputs]')!;
  const stale = panel.querySelector<HTMLElement>('[data-share-stale]')!;
  let current: Assignment | undefined;

  const say = (text: string) => (status.textContent = text);

  panel.querySelector('[data-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      say('Link copied. Paste it into your course page or message.');
    } catch {
      field.focus();
      field.select();
      say('Copying was blocked here: the link is selected, copy it with Ctrl+C (or ⌘+C).');
    }
  });
  field.addEventListener('focus', () => field.select());

  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    button.addEventListener('click', async () => {
      if (!current) return;
      const assignment = current;
      const format = button.dataset.download === 'gift' ? 'gift' : 'moodle';
      say('Preparing the file…');
      try {
        const byId = new Map((await loadLibrary()).map((q) => [q.caseId, q]));
        const quizzes = assignmentOrder(assignment).map((id) => byId.get(id)).filter((q): q is CaseQuiz => q !== undefined);
        if (quizzes.length !== assignment.caseIds.length) throw new Error('some cases are missing from the case file');
        const options = { siteUrl: location.origin, category: assignment.title };
        const name = fileSlug(assignment.title) || 'assignment';
        if (format === 'gift') downloadText(`${name}-gift.txt`, toGift(quizzes, options), 'text/plain;charset=utf-8');
        else downloadText(`${name}-moodle.xml`, toMoodleXml(quizzes, options), 'application/xml;charset=utf-8');
        const count = quizzes.reduce((n, q) => n + q.questions.length, 0);
        say(`Downloaded ${format === 'gift' ? 'the GIFT file' : 'the Moodle XML file'}: ${quizzes.length} cases, ${count} questions.`);
      } catch (error) {
        say(`The file could not be made (${error instanceof Error ? error.message : 'unknown error'}). Check your connection to this site and try again.`);
      }
    });
  }

  return {
    show(assignment) {
      current = assignment;
      const link = new URL(buildAssignmentLink(assignment), location.origin).href;
      field.value = link;
      open.href = link;
      open.textContent = link;
      key.href = buildAssignmentLink(assignment, ANSWER_KEY_PATH);
      stale.hidden = true;
      outputs.hidden = false;
      panel.hidden = false;
      say('');
      panel.querySelector<HTMLElement>('#share-title')!.focus();
    },
    markStale() {
      if (panel.hidden || !current) return;
      current = undefined;
      stale.hidden = false;
      outputs.hidden = true;
      say('');
    },
  };
}
