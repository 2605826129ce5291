// The printable result summary, drawn from the same AssignmentResult object as the JSON file so the
// two always agree. Built with textContent only: titles, answers and the typed name never become markup.
import type { AssignmentResult } from '../../quiz/assignment-result.ts';
import { countOf } from '../../lib/plural.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const answerList = (answers: readonly { text: string }[]) => (answers.length === 0 ? 'no answer' : answers.map((a) => a.text).join('; '));

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** Fill the sheet; the name slot shows a blank line to write on when no name is typed. */
export function renderResultSheet(sheet: HTMLElement, result: AssignmentResult): void {
  const set = (selector: string, text: string) => (sheet.querySelector(selector)!.textContent = text);
  set('[data-sheet-name]', result.student.name || '______________________________ (no name typed)');
  set('[data-sheet-date]', formatDate(result.completedAt));
  set('[data-sheet-title]', result.assignment.title);
  const { right, total, percent } = result.score;
  set('[data-sheet-score]', `${right} of ${countOf(total, 'question')} right (${percent}%)`);
  set('[data-sheet-link]', `Assignment link: ${result.assignment.link}`);
  sheet.querySelector('[data-sheet-cases]')!.replaceChildren(
    ...result.cases.flatMap((c, i) => {
      const list = el('ol', undefined, 'sheet-answers');
      list.append(
        ...c.questions.map((q) => {
          const item = el('li');
          item.dataset.correct = String(q.correct);
          item.append(
            el('span', q.correct ? '✓ Right. ' : '✗ Not right. ', 'sheet-verdict'),
            `${q.prompt} Your answer: ${answerList(q.chosen)}.${q.correct ? '' : ` Right answer: ${answerList(q.right)}.`}`,
          );
          return item;
        }),
      );
      return [el('h4', `Case ${i + 1}: ${c.title} (${c.score} of ${c.total})`), list];
    }),
  );
}
