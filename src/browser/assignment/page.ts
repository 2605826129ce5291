// The student's assignment page: read the link strictly, show the title and the cases in the link's
// order, run them with the quiz engine, and at the end offer the result as a JSON file and a
// printable summary. A bad link shows its problems as text and opens nothing; nothing from the link
// is ever written as markup (titles and messages go through textContent only).
import { assignmentOrder, parseAssignmentLink, type Assignment } from '../../quiz/assignment-link.ts';
import { buildAssignmentResult, nameProblems, resultFileName, serializeResult, withStudentName, type AssignmentResult } from '../../quiz/assignment-result.ts';
import { QUIZZES_JSON_PATH, readQuizzesPayload } from '../../quiz/quizzes-json.ts';
import type { CaseQuiz } from '../../quiz/types.ts';
import { announce } from '../announce.ts';
import { downloadText } from '../download.ts';
import { runQuizSet, type QuizSetResult } from '../quiz.ts';
import { showFieldProblems } from '../assign/field-error.ts';
import { keepProgress, type KeptProgress } from './keep-progress.ts';
import { renderResultSheet } from './result-sheet.ts';
import { countOf, pluralWord } from '../../lib/plural.ts';


function showProblems(root: HTMLElement, heading: HTMLElement, problems: readonly string[]): void {
  heading.textContent = 'This assignment link cannot be opened';
  document.title = `Assignment link problem | Sciatic Atlas`;
  root.querySelector<HTMLElement>('[data-assignment-empty]')!.hidden = true;
  const box = root.querySelector<HTMLElement>('[data-assignment-problems]')!;
  box.querySelector('[data-problem-lead]')!.textContent =
    problems.length === 1 ? 'Nothing from this link was opened, because of this problem:' : `Nothing from this link was opened, because of these ${problems.length} problems:`;
  box.querySelector('[data-problem-list]')!.replaceChildren(...problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
  box.hidden = false;
  root.querySelector<HTMLElement>('[data-assignment-loading]')!.hidden = true;
  heading.focus();
}

async function loadQuizzes(ids: readonly string[]): Promise<CaseQuiz[]> {
  const response = await fetch(QUIZZES_JSON_PATH);
  if (!response.ok) throw new Error(`the case file answered ${response.status}`);
  const byId = new Map((readQuizzesPayload(await response.json()) ?? []).map((q) => [q.caseId, q]));
  const quizzes = ids.map((id) => byId.get(id));
  if (quizzes.some((q) => q === undefined)) throw new Error('some cases are missing from the case file');
  return quizzes as CaseQuiz[];
}

interface HandIn {
  /** The set was finished (now, or restored from this browser with its first finishing time). */
  finished(done: QuizSetResult): void;
  /** "Start this quiz again": the sheet would describe the old attempt. */
  reset(): void;
}

function startHandIn(root: HTMLElement, assignment: Assignment, quizzes: readonly CaseQuiz[], kept: KeptProgress): HandIn {
  const section = root.querySelector<HTMLElement>('[data-hand-in]')!;
  const name = section.querySelector<HTMLInputElement>('[data-student-name]')!;
  const sheet = section.querySelector<HTMLElement>('[data-result-sheet]')!;
  const status = section.querySelector<HTMLElement>('[data-hand-in-status]')!;
  let result: AssignmentResult | undefined;
  name.value = kept.progress.name;

  name.addEventListener('input', () => {
    kept.progress.name = name.value;
    kept.save();
    if (!result) return;
    result = withStudentName(result, name.value);
    renderResultSheet(sheet, result);
  });
  const nameError = section.querySelector<HTMLElement>('[data-name-error]')!;
  const checkName = () => showFieldProblems(name, nameError, nameProblems(name.value));
  name.addEventListener('input', () => {
    if (!nameError.hidden) checkName();
  });
  section.querySelector('[data-download-result]')!.addEventListener('click', () => {
    if (!result) return;
    if (!checkName()) {
      status.textContent = 'Fix your name first: the result was not downloaded.';
      name.focus();
      return;
    }
    downloadText(resultFileName(result), serializeResult(result), 'application/json');
    kept.clear();
    status.textContent = `Downloaded ${resultFileName(result)}.${result.student.name ? '' : ' It has no name in it: type your name above and download it again.'}`;
  });
  section.querySelector('[data-print-summary]')!.addEventListener('click', () => window.print());

  return {
    finished(done) {
      const completedAt = kept.progress.finishedAt ? new Date(kept.progress.finishedAt) : new Date();
      if (!kept.progress.finishedAt) {
        kept.progress.finishedAt = completedAt.toISOString();
        kept.save();
      }
      result = buildAssignmentResult({ assignment, quizzes, answers: done.answers, name: name.value, completedAt, siteUrl: location.origin });
      renderResultSheet(sheet, result);
      root.dataset.finished = 'true';
      section.hidden = false;
      status.textContent = '';
    },
    reset() {
      section.hidden = true;
      delete root.dataset.finished;
      result = undefined;
      kept.restart();
      kept.progress.name = name.value;
    },
  };
}

export async function startAssignmentPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-assignment]');
  if (!root) return;
  const heading = root.querySelector<HTMLElement>('[data-assignment-heading]')!;
  const search = location.search;
  if (search === '' || search === '?') return; // the page's own words explain how to open one

  const known = (root.dataset.caseIds ?? '').split(' ').filter(Boolean);
  const parsed = parseAssignmentLink(search, known);
  if (!parsed.ok) {
    showProblems(root, heading, parsed.problems);
    return;
  }

  const { assignment } = parsed;
  const order = assignmentOrder(assignment);
  // A case the instructor wrote rides in the link: check it in full before opening anything.
  let ownQuiz: CaseQuiz | undefined;
  if (assignment.ownCase !== undefined) {
    const { ownCaseQuiz } = await import('../../authoring/own-case-quiz.ts');
    const built = ownCaseQuiz(assignment.ownCase);
    if (!built.ok) {
      showProblems(root, heading, built.problems);
      return;
    }
    ownQuiz = built.quiz;
  }
  heading.textContent = assignment.title;
  document.title = `${assignment.title} | Assignment | Sciatic Atlas`;
  root.querySelector<HTMLElement>('[data-assignment-empty]')!.hidden = true;
  const loading = root.querySelector<HTMLElement>('[data-assignment-loading]')!;
  loading.hidden = false;

  let quizzes: CaseQuiz[];
  try {
    quizzes = [...(order.length > 0 ? await loadQuizzes(order) : []), ...(ownQuiz ? [ownQuiz] : [])];
  } catch (error) {
    loading.textContent = `The cases could not be loaded (${error instanceof Error ? error.message : 'unknown error'}). Check your connection and reload the page.`;
    return;
  }
  loading.hidden = true;

  const questions = quizzes.reduce((n, q) => n + q.questions.length, 0);
  root.querySelector('[data-assignment-summary]')!.textContent = `${countOf(quizzes.length, 'case')}, ${countOf(questions, 'question')}, in this order:`;
  root.querySelector('[data-assignment-contents]')!.replaceChildren(...quizzes.map((q) => Object.assign(document.createElement('li'), { textContent: q.title })));
  root.querySelector<HTMLElement>('[data-assignment-intro]')!.hidden = false;

  const container = root.querySelector<HTMLElement>('[data-assignment-quiz]')!;
  let handIn: HandIn | undefined;
  const quiz = runQuizSet(container, quizzes, {
    html: { idPrefix: 'assignment', label: `Assignment: ${assignment.title}` },
    onComplete: (done) => handIn?.finished(done),
  });
  const kept = keepProgress(quiz.form, assignment, quizzes.flatMap((q) => q.questions));
  handIn = startHandIn(root, assignment, quizzes, kept);
  container.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-restart]')) handIn!.reset();
  });
  const restored = kept.restore();
  if (kept.progress.finishedAt) quiz.finish();
  // Closing or leaving a started assignment whose result is not downloaded asks first.
  window.addEventListener('beforeunload', (event) => {
    if (!kept.unsaved()) return;
    event.preventDefault(); // what asks, in every current browser (returnValue is the deprecated way)
  });
  root.dataset.restored = String(restored);
  announce(
    root.querySelector('[data-assignment-status]'),
    `Assignment “${assignment.title}” opened: ${countOf(quizzes.length, 'case')}.` +
      (restored > 0 ? ` Your ${countOf(restored, 'checked answer')} from this browser ${pluralWord(restored, 'is', 'are')} back; the first answers still count.` : ''),
  );
}
