// Keeps a student's assignment in this browser (src/quiz/saved/assignment-progress.ts) and puts it
// back on load. The quiz engine (src/browser/quiz.ts) owns the questions; this module watches it
// from outside: the first verdict a question gets marks its counting answer, every change records
// what is ticked now. Restoring replays the same steps a student would take (tick, check, tick
// again), so the engine shows the same feedback and still counts the first answer.
import {
  emptyProgress,
  isStarted,
  parseAssignmentProgress,
  progressKey,
  serializeAssignmentProgress,
  type AssignmentProgress,
} from '../../quiz/saved/assignment-progress.ts';
import type { Assignment } from '../../quiz/assignment-link.ts';
import type { QuizQuestion } from '../../quiz/types.ts';

export interface KeptProgress {
  progress: AssignmentProgress;
  /** Write the progress now (after a change made outside the quiz, e.g. the name). */
  save(): void;
  /** The result was downloaded: forget the kept copy and keep nothing more of this attempt. */
  clear(): void;
  /** The student started again: forget the kept copy and keep the new attempt from now on. */
  restart(): void;
  /** Replay the kept answers into the rendered quiz (before the student touches it). */
  restore(): number;
  /** The student has answered something whose result is not downloaded yet. */
  unsaved(): boolean;
}

const chosenIn = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);

function tick(fieldset: HTMLFieldSetElement, ids: readonly string[]): void {
  for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) input.checked = ids.includes(input.value);
}

export function keepProgress(form: HTMLFormElement, assignment: Assignment, questions: readonly QuizQuestion[]): KeptProgress {
  const key = progressKey(assignment);
  let progress = emptyProgress();
  try {
    progress = parseAssignmentProgress(localStorage.getItem(key), questions);
  } catch {
    // Storage blocked: start empty.
  }
  let downloaded = false;
  let restoring = false;
  const fieldsets = new Map([...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].map((f) => [f.dataset.question!, f]));

  const forget = () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing kept to remove
    }
  };
  const save = () => {
    if (restoring || downloaded) return;
    try {
      localStorage.setItem(key, serializeAssignmentProgress(progress));
    } catch {
      // Storage full or blocked: the assignment still works, it just is not kept.
    }
  };

  // A question's first verdict (data-state appears) fixes the answer that counts.
  new MutationObserver((records) => {
    for (const record of records) {
      const fieldset = record.target as HTMLFieldSetElement;
      const id = fieldset.dataset.question;
      if (!id || restoring) continue;
      if (fieldset.dataset.state && !progress.first.has(id)) {
        progress.first.set(id, chosenIn(fieldset));
        save();
      }
    }
  }).observe(form, { subtree: true, attributes: true, attributeFilter: ['data-state'] });

  form.addEventListener('change', (event) => {
    const fieldset = (event.target as Element).closest<HTMLFieldSetElement>('fieldset[data-question]');
    if (!fieldset || restoring) return;
    const chosen = chosenIn(fieldset);
    if (chosen.length > 0) progress.current.set(fieldset.dataset.question!, chosen);
    else progress.current.delete(fieldset.dataset.question!);
    save();
  });

  return {
    get progress() {
      return progress;
    },
    save,
    clear() {
      downloaded = true;
      forget();
    },
    restart() {
      progress = emptyProgress();
      downloaded = false;
      forget();
    },
    restore() {
      restoring = true;
      let restored = 0;
      for (const [id, first] of progress.first) {
        const fieldset = fieldsets.get(id);
        if (!fieldset) continue;
        tick(fieldset, first);
        fieldset.querySelector<HTMLButtonElement>('[data-check]')?.click();
        restored++;
      }
      for (const [id, current] of progress.current) {
        const fieldset = fieldsets.get(id);
        if (!fieldset || current.join() === chosenIn(fieldset).join()) continue;
        tick(fieldset, current);
        fieldset.dispatchEvent(new Event('change', { bubbles: true }));
      }
      restoring = false;
      return restored;
    },
    unsaved: () => !downloaded && isStarted(progress),
  };
}
