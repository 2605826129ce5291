// Step 3 of the assign page: the share link (copy button and plain text), the answer key link, and
// the LMS downloads of the same cases (exports.ts).
import { ANSWER_KEY_PATH, assignmentOrder, buildAssignmentLink, type Assignment } from '../../quiz/assignment-link.ts';
import { initExports } from './exports.ts';

export interface AssignmentSharePanel {
  show(assignment: Assignment): void;
  /** The assignment changed after the link was made: say so and hold back the outputs. */
  markStale(): void;
}

export function initAssignmentSharePanel(panel: HTMLElement): AssignmentSharePanel {
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

  initExports(panel.querySelector<HTMLElement>('[data-exports]')!, () =>
    current ? { title: current.title, caseIds: assignmentOrder(current) } : undefined,
  );
  return {
    show(assignment) {
      current = assignment;
      const link = new URL(buildAssignmentLink(assignment), location.origin).href;
      field.value = link;
      open.href = link;
      open.textContent = link;
      key.href = buildAssignmentLink(assignment, ANSWER_KEY_PATH);
      panel.querySelector<HTMLAnchorElement>('[data-results-link]')!.href = buildAssignmentLink(assignment, '/assign/results/');
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
