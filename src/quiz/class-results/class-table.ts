/**
 * The class results table from the students' result files: one row per student, one column per
 * question (in the order the students met them), each cell right or not; the questions most got
 * wrong; and the same table as CSV for a spreadsheet or gradebook. Pure: the page reads the files,
 * this arranges them.
 */
import type { AssignmentResult } from '../assignment-result.ts';
import { KIND_LABELS } from '../labels.ts';

export interface ClassColumn {
  questionId: string;
  /** "Case 2, how urgent" style label: short enough for a table header. */
  label: string;
  caseTitle: string;
  prompt: string;
}

export interface ClassRow {
  name: string;
  fileName: string;
  completedAt: string;
  edited: boolean;
  right: number;
  total: number;
  percent: number;
  /** One per column: true right, false not right, undefined when the file lacks the question. */
  cells: (boolean | undefined)[];
}

export interface MissedQuestion extends ClassColumn {
  wrong: number;
  answered: number;
}

export interface ClassTable {
  title: string;
  columns: ClassColumn[];
  rows: ClassRow[];
  /** Questions at least one student got wrong, most wrong first (ties in question order). */
  mostMissed: MissedQuestion[];
}

export interface ClassEntry {
  fileName: string;
  result: AssignmentResult;
  edited: boolean;
}

const kindLabel = (kind: string) => (KIND_LABELS as Record<string, string>)[kind]?.toLowerCase() ?? kind;

export function classTable(entries: readonly ClassEntry[]): ClassTable {
  const first = entries[0]?.result;
  const columns: ClassColumn[] = (first?.cases ?? []).flatMap((c, i) =>
    c.questions.map((q) => ({ questionId: q.questionId, label: `Case ${i + 1}, ${kindLabel(q.kind)}`, caseTitle: c.title, prompt: q.prompt })),
  );
  const rows = entries.map(({ fileName, result, edited }): ClassRow => {
    const verdicts = new Map(result.cases.flatMap((c) => c.questions.map((q) => [q.questionId, q.correct] as const)));
    return {
      name: result.student.name,
      fileName,
      completedAt: result.completedAt,
      edited,
      right: result.score.right,
      total: result.score.total,
      percent: result.score.percent,
      cells: columns.map((col) => verdicts.get(col.questionId)),
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name) || a.fileName.localeCompare(b.fileName));
  const mostMissed = columns
    .map((col, i) => ({ ...col, wrong: rows.filter((r) => r.cells[i] === false).length, answered: rows.filter((r) => r.cells[i] !== undefined).length, order: i }))
    .filter((q) => q.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || a.order - b.order)
    .map(({ order: _order, ...q }) => q);
  return { title: first?.assignment.title ?? '', columns, rows, mostMissed };
}

/** A CSV field: quoted when it must be, and a leading = + - @ (a spreadsheet formula) made text. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV (RFC 4180, CRLF line ends, a BOM so spreadsheets read it as UTF-8). */
export function classCsv(table: ClassTable): string {
  const header = ['Student', 'File', 'Completed', 'File check', 'Right', 'Questions', 'Percent', ...table.columns.map((c) => `${c.label}: ${c.caseTitle}`)];
  const lines = table.rows.map((r) => [
    r.name,
    r.fileName,
    r.completedAt,
    r.edited ? 'edited: checksum does not match' : 'as downloaded',
    r.right,
    r.total,
    r.percent,
    ...r.cells.map((c) => (c === undefined ? '' : c ? 1 : 0)),
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
