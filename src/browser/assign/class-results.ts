// The class results page: read the result files an instructor drops or picks (in this browser:
// nothing is uploaded), one message per file, then the table of students by question, the
// questions most got wrong and a CSV download. The first accepted file (or the assignment link in
// the address) fixes the assignment; files of another assignment are refused by name. Every text
// from a file goes in through textContent only.
import { parseAssignmentLink } from '../../quiz/assignment-link.ts';
import { classCsv, classTable, type ClassEntry } from '../../quiz/class-results/class-table.ts';
import { readResultFile, resultAssignmentKey } from '../../quiz/class-results/read-result.ts';
import { buildAssignmentQuery } from '../../quiz/assignment-link.ts';
import { fileSlug } from '../../quiz/file-name.ts';
import { downloadText } from '../download.ts';
import { countOf } from '../../lib/plural.ts';


function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function initClassResults(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-result-files]')!;
  const zone = root.querySelector<HTMLElement>('[data-drop-zone]')!;
  const messages = root.querySelector<HTMLOListElement>('[data-file-messages]')!;
  const output = root.querySelector<HTMLElement>('[data-class-output]')!;
  const status = root.querySelector<HTMLElement>('[data-class-status]')!;
  const assignmentLine = root.querySelector<HTMLElement>('[data-class-assignment]')!;
  const entries: ClassEntry[] = [];
  const seen = new Set<string>();
  let classKey: string | undefined;

  // An assignment link in the address (from the assign page) fixes the assignment up front.
  if (location.search !== '' && location.search !== '?') {
    const known = (root.dataset.caseIds ?? '').split(' ').filter(Boolean);
    const parsed = parseAssignmentLink(location.search, known);
    if (parsed.ok) {
      classKey = buildAssignmentQuery(parsed.assignment);
      assignmentLine.textContent = `Results for the assignment “${parsed.assignment.title}” (${countOf(parsed.assignment.caseIds.length, 'case')}). Files of any other assignment are refused.`;
    } else {
      assignmentLine.textContent = `The assignment link in this address could not be read (${parsed.problems[0]}); the first result file you add sets the assignment instead.`;
    }
  }

  function message(kind: 'ok' | 'edited' | 'refused', fileName: string, text: string): void {
    const item = el('li', undefined, `file-message file-message--${kind}`);
    item.dataset.kind = kind;
    const symbol = el('span', kind === 'ok' ? '✓' : kind === 'edited' ? '⚠' : '✗', 'file-message__mark');
    symbol.setAttribute('aria-hidden', 'true');
    item.append(symbol, ' ', el('strong', fileName), `: ${text}`);
    messages.append(item);
  }

  function render(): void {
    const table = classTable(entries);
    output.hidden = entries.length === 0;
    if (entries.length === 0) return;
    root.querySelector('[data-class-title]')!.textContent = `${table.title}: ${countOf(table.rows.length, 'student')}`;
    const head = el('tr');
    head.append(el('th', 'Student'), el('th', 'Score'));
    for (const col of table.columns) {
      const th = el('th');
      th.scope = 'col';
      th.append(el('span', col.label), el('span', col.caseTitle, 'class-table__case'));
      head.append(th);
    }
    const body = table.rows.map((row) => {
      const tr = el('tr');
      const name = el('th');
      name.scope = 'row';
      name.append(el('span', row.name || '(no name)'));
      if (row.edited) name.append(el('span', ' ⚠ edited', 'class-table__edited'));
      tr.append(name, el('td', `${row.right} of ${row.total} (${row.percent}%)`));
      for (const cell of row.cells) {
        const td = el('td', cell === undefined ? '–' : cell ? '✓' : '✗', 'class-table__cell');
        td.dataset.correct = cell === undefined ? 'missing' : String(cell);
        td.append(el('span', cell === undefined ? ' not in this file' : cell ? ' right' : ' not right', 'visually-hidden'));
        tr.append(td);
      }
      return tr;
    });
    root.querySelector('[data-class-table] thead')!.replaceChildren(head);
    root.querySelector('[data-class-table] tbody')!.replaceChildren(...body);
    const missed = root.querySelector<HTMLOListElement>('[data-most-missed]')!;
    missed.replaceChildren(
      ...table.mostMissed.slice(0, 10).map((q) => {
        const item = el('li');
        item.append(el('strong', `${q.wrong} of ${q.answered} not right`), ` · ${q.label}: ${q.caseTitle}. ${q.prompt}`);
        return item;
      }),
    );
    root.querySelector<HTMLElement>('[data-most-missed-none]')!.hidden = table.mostMissed.length > 0;
  }

  async function addFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    let added = 0;
    let refused = 0;
    for (const file of files) {
      let text: string;
      try {
        text = await file.text();
      } catch {
        message('refused', file.name, 'This file could not be read.');
        refused++;
        continue;
      }
      const reading = readResultFile(text, classKey);
      if (reading.kind === 'refused') {
        message('refused', file.name, reading.message);
        refused++;
        continue;
      }
      const key = `${reading.result.student.name}\u0000${reading.result.completedAt}\u0000${text.length}`;
      if (seen.has(key)) {
        message('refused', file.name, `Already in the table (the same result as another file): not added twice.`);
        refused++;
        continue;
      }
      seen.add(key);
      classKey ??= resultAssignmentKey(reading.result);
      if (!assignmentLine.textContent) assignmentLine.textContent = `Results for the assignment “${reading.result.assignment.title}”, set by the first file. Files of any other assignment are refused.`;
      entries.push({ fileName: file.name, result: reading.result, edited: reading.edited });
      const who = reading.result.student.name || '(no name)';
      const score = `${reading.result.score.right} of ${reading.result.score.total}`;
      if (reading.edited) message('edited', file.name, `${who}, ${score}. Edited: its checksum does not match its contents, so it was changed after it was downloaded. It is in the table, marked ⚠.`);
      else message('ok', file.name, `${who}, ${score}.`);
      added++;
    }
    render();
    status.textContent = `${countOf(added, 'file')} added${refused > 0 ? `, ${countOf(refused, 'file')} not added (see the messages)` : ''}. ${countOf(entries.length, 'student')} in the table.`;
  }

  input.addEventListener('change', async () => {
    await addFiles([...(input.files ?? [])]);
    input.value = ''; // the same file may be picked again after a fix
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.dataset.dragging = 'true';
  });
  zone.addEventListener('dragleave', () => delete zone.dataset.dragging);
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset.dragging;
    void addFiles([...(event.dataTransfer?.files ?? [])]);
  });

  root.querySelector('[data-download-csv]')!.addEventListener('click', () => {
    const table = classTable(entries);
    const name = `class-results-${fileSlug(table.title) || 'assignment'}.csv`;
    downloadText(name, classCsv(table), 'text/csv;charset=utf-8');
    status.textContent = `Downloaded ${name}: ${countOf(table.rows.length, 'student')}.`;
  });
  root.querySelector('[data-clear-class]')!.addEventListener('click', () => {
    entries.length = 0;
    seen.clear();
    messages.replaceChildren();
    if (!location.search || location.search === '?') {
      classKey = undefined;
      assignmentLine.textContent = '';
    }
    render();
    status.textContent = 'The table is empty: add the files again.';
    input.focus();
  });
  root.dataset.ready = 'true';
}
