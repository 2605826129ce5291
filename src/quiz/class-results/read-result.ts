/**
 * Reading one student's result file on the class results page. Strict, like every outside input:
 * the text must be JSON, have the result format and version, and every field the table uses must
 * have its type; otherwise the file is refused with a message saying what it is. A file whose
 * checksum does not match its contents is read but flagged as edited (the checksum catches
 * accidents and casual edits, not a determined student: see resultChecksum). A file for another
 * assignment than the class's is refused by name. Never throws.
 */
import { buildAssignmentQuery, normalizeTitle } from '../assignment-link.ts';
import { RESULT_FORMAT, resultChecksum, type AssignmentResult, type ResultCase, type ResultQuestion } from '../assignment-result.ts';

/** Bigger than any result the site writes (40 cases); a bigger file is not one. */
export const MAX_RESULT_FILE_BYTES = 2_000_000;

export type ResultFileReading =
  | { kind: 'ok'; result: AssignmentResult; edited: boolean }
  | { kind: 'refused'; reason: 'too-big' | 'not-json' | 'not-result' | 'other-assignment'; message: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000;
const isShare = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function readAnswers(v: unknown): { id: string; text: string }[] | undefined {
  if (!Array.isArray(v) || !v.every((a) => isObj(a) && isStr(a.id) && isStr(a.text))) return undefined;
  return (v as Obj[]).map((a) => ({ id: a.id as string, text: a.text as string }));
}

function readQuestion(v: unknown): ResultQuestion | undefined {
  if (!isObj(v) || !isStr(v.questionId) || !isStr(v.kind) || !isStr(v.prompt) || typeof v.correct !== 'boolean' || !isShare(v.credit)) return undefined;
  const chosen = readAnswers(v.chosen);
  const right = readAnswers(v.right);
  if (!chosen || !right) return undefined;
  return { questionId: v.questionId, kind: v.kind as ResultQuestion['kind'], prompt: v.prompt, chosen, right, correct: v.correct, credit: v.credit };
}

function readCase(v: unknown): ResultCase | undefined {
  if (!isObj(v) || !isStr(v.caseId) || !isStr(v.title) || !isCount(v.score) || !isCount(v.total) || !Array.isArray(v.questions)) return undefined;
  const questions = v.questions.map(readQuestion);
  if (questions.some((q) => q === undefined)) return undefined;
  return { caseId: v.caseId, title: v.title, score: v.score, total: v.total, questions: questions as ResultQuestion[] };
}

/** The result in a parsed value, or undefined when it is not a version-1 result file. */
export function readResult(value: unknown): AssignmentResult | undefined {
  if (!isObj(value) || value.format !== RESULT_FORMAT || value.version !== 1) return undefined;
  const { student, assignment, score } = value;
  if (!isObj(student) || !isStr(student.name)) return undefined;
  if (!isObj(assignment) || !isStr(assignment.title) || !Array.isArray(assignment.caseIds) || !assignment.caseIds.every(isStr) || !isStr(assignment.link)) return undefined;
  if (!(assignment.seed === null || (isCount(assignment.seed) && assignment.seed <= 999_999))) return undefined;
  if (!isStr(value.completedAt) || Number.isNaN(Date.parse(value.completedAt))) return undefined;
  if (!isObj(score) || !isCount(score.right) || !isCount(score.total) || !isShare(score.percent) || !isShare(score.credit)) return undefined;
  if (!Array.isArray(value.cases) || !Array.isArray(value.lessonsToRevisit) || !value.lessonsToRevisit.every(isStr)) return undefined;
  const cases = value.cases.map(readCase);
  if (cases.length === 0 || cases.some((c) => c === undefined)) return undefined;
  const result: AssignmentResult = {
    format: RESULT_FORMAT,
    version: 1,
    student: { name: student.name },
    assignment: { title: assignment.title, caseIds: [...(assignment.caseIds as string[])], seed: assignment.seed as number | null, link: assignment.link },
    completedAt: value.completedAt,
    score: { right: score.right, total: score.total, percent: score.percent, credit: score.credit },
    cases: cases as ResultCase[],
    lessonsToRevisit: [...(value.lessonsToRevisit as string[])],
  };
  if (isStr(value.checksum)) result.checksum = value.checksum;
  return result;
}

/** The assignment a result belongs to, as the normalised link query (the same for the same assignment). */
export function resultAssignmentKey(result: AssignmentResult): string {
  const { title, caseIds, seed } = result.assignment;
  return buildAssignmentQuery({ title: normalizeTitle(title), caseIds, ...(seed === null ? {} : { seed }) });
}

/**
 * Read one file's text. `classKey` (resultAssignmentKey of the class's assignment) refuses files of
 * another assignment; without it any assignment is accepted.
 */
export function readResultFile(text: string, classKey?: string): ResultFileReading {
  if (text.length > MAX_RESULT_FILE_BYTES) {
    return { kind: 'refused', reason: 'too-big', message: 'This file is far bigger than any result file; it is not one.' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'refused', reason: 'not-json', message: 'This is not a result file: it is not JSON (a result file is the .json file students download at the end of an assignment).' };
  }
  const result = readResult(value);
  if (!result) {
    return { kind: 'refused', reason: 'not-result', message: 'This JSON file is not a Sciatic Atlas result file, or it is damaged: a part the table needs is missing or of the wrong kind.' };
  }
  if (classKey !== undefined && resultAssignmentKey(result) !== classKey) {
    return { kind: 'refused', reason: 'other-assignment', message: `This result belongs to another assignment (“${result.assignment.title}”, ${result.assignment.caseIds.length} case${result.assignment.caseIds.length === 1 ? '' : 's'}), not the one in the table.` };
  }
  const edited = result.checksum !== resultChecksum(result);
  return { kind: 'ok', result, edited };
}
