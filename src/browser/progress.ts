// Reading progress in the page: the "mark as done" button on a lesson, the ticks in the sidebar,
// and the count on the lesson list. Everything stays in this browser's localStorage.
import { PROGRESS_KEY, parseProgress, serializeProgress, withLesson, type Progress } from '../lib/progress.ts';

function knownLessons(): Set<string> {
  return new Set([...document.querySelectorAll<HTMLElement>('[data-lesson-id]')].map((el) => el.dataset.lessonId!));
}

function load(known: Set<string>): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY), known);
  } catch {
    return { done: [] }; // storage blocked
  }
}

function save(progress: Progress): boolean {
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}

function render(progress: Progress): void {
  const done = new Set(progress.done);
  for (const el of document.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
    const isDone = done.has(el.dataset.lessonId!);
    el.toggleAttribute('data-done', isDone);
    const status = el.querySelector<HTMLElement>('[data-done-label]');
    if (status) status.textContent = isDone ? status.dataset.doneLabel ?? 'done' : '';
  }
  for (const counter of document.querySelectorAll<HTMLElement>('[data-progress-count]')) {
    const total = Number(counter.dataset.progressCount);
    counter.hidden = false;
    counter.textContent = `${done.size} of ${total} lessons marked as done.`;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mark-done]')) {
    const isDone = done.has(button.dataset.markDone!);
    button.hidden = false;
    button.setAttribute('aria-pressed', String(isDone));
    button.querySelector('[data-mark-done-text]')!.textContent = isDone ? 'Done: marked as read' : 'Mark this lesson as done';
  }
}

export function startProgress(): void {
  const known = knownLessons();
  let progress = load(known);
  render(progress);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mark-done]')) {
    button.addEventListener('click', () => {
      const id = button.dataset.markDone!;
      progress = withLesson(progress, id, !progress.done.includes(id));
      const saved = save(progress);
      render(progress);
      const note = document.querySelector<HTMLElement>('[data-mark-done-note]');
      if (note) note.textContent = saved ? '' : 'Your browser is not letting this site store progress, so it lasts only until you leave the page.';
    });
  }
  // Another tab marked a lesson: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY) {
      progress = load(known);
      render(progress);
    }
  });
}
