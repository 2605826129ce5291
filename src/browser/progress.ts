// Reading progress in the page: the "mark as done" button on a lesson, the ticks in the sidebar,
// and the count on the lesson list. Everything stays in this browser's localStorage. Marking a
// lesson done also puts its review cards into the learner's deck (src/review/deck.ts), in the same
// write: if storage refuses, neither is kept and the learner is told so in words.
import { PROGRESS_KEY, doneLessons, serializeProgress, withLesson, type Progress } from '../lib/progress.ts';
import { lessonGroup } from '../review/card.ts';
import { readProgressNow, turnOnGroup } from './review/deck-store.ts';
import { notKeptMessage, writeKey } from './storage.ts';

function knownLessons(): Set<string> {
  return new Set([...document.querySelectorAll<HTMLElement>('[data-lesson-id]')].map((el) => el.dataset.lessonId!));
}

function render(progress: Progress): void {
  const done = new Set(doneLessons(progress));
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
  // What the page shows; it runs ahead of storage only when a write failed (and the note says so).
  let progress = readProgressNow(known);
  render(progress);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mark-done]')) {
    button.addEventListener('click', () => {
      const id = button.dataset.markDone!;
      const now = new Date();
      const done = !doneLessons(progress).includes(id);
      // Change the stored progress as it is now (not this page's copy), so other lessons' marks survive.
      const stored = withLesson(readProgressNow(), id, done, now);
      const text = serializeProgress(stored);
      const result = done ? turnOnGroup(lessonGroup(id), now, [[PROGRESS_KEY, text]]) : writeKey(PROGRESS_KEY, text);
      progress = result.ok ? readProgressNow(known) : withLesson(progress, id, done, now);
      render(progress);
      const note = document.querySelector<HTMLElement>('[data-mark-done-note]');
      if (note) {
        note.textContent = !result.ok
          ? notKeptMessage(result, 'This lesson’s mark')
          : done ? 'Marked as done. Its questions are now in your review deck.' : '';
        if (done && result.ok) note.append(' ', Object.assign(document.createElement('a'), { href: '/review/', textContent: 'Review now' }));
      }
    });
  }
  // Another tab marked a lesson: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY) {
      progress = readProgressNow(known);
      render(progress);
    }
  });
}
