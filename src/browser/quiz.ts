/**
 * The quiz in the browser: upgrades the plain-HTML quiz from src/components/quiz/quiz-html.ts so each question
 * is checked in place (right or wrong in words and a symbol, the reason, the lesson link), keeps the
 * score, and ends with a summary (score, per-question review, lessons to revisit). Each case's last
 * score is kept in this browser (src/quiz/storage.ts).
 *
 * For a page that shows a given list of quizzes, e.g. an assignment:
 *
 *   import { runQuizSet } from '../browser/quiz.ts';
 *   const quizzes = readQuizzesPayload(await (await fetch(QUIZZES_JSON_PATH)).json());
 *   const handle = runQuizSet(container, pickedQuizzes, {
 *     html: { idPrefix: 'assignment', label: title, showMeta: false },  // quizToHtml options
 *     saveScores: true,                                                    // default true
 *     onComplete(result) {  // after "See my result"; again each time it is pressed
 *       result.score, result.total, result.credit;   // all-or-nothing score, partial credit
 *       result.answers;                               // [{ questionId, chosen: [optionIds] }], the answers that count
 *       result.questions;                             // per question: correct, chosen, credit, lesson
 *       result.cases;                                 // [{ caseId, score, total }]
 *       result.lessonsToRevisit, result.finishedAt;   // lesson links; 'YYYY-MM-DD'
 *     },
 *   });
 *   handle.finish();  // the same as pressing "See my result"; returns the result
 *   handle.reset();   // clears every answer
 *
 * runQuizSet replaces the container's content with quizToHtml(quizzes); enhanceQuizSet upgrades a
 * form a page already rendered with quizToHtml (the case pages). The answer that counts for each
 * question is the first one checked (or, if never checked, what is selected at "See my result");
 * learners may try again as often as they like, and the feedback says which answer counts.
 *
 * Focus: checking keeps focus on the "Check answer" button (the feedback follows it in reading
 * order) and a polite live region says the verdict; Enter on an option checks its question too;
 * "See my result" moves focus to the summary.
 */
import { announce } from './announce.ts';
import { feedbackToHtml, quizToHtml, summaryToHtml, verdictOf, SYMBOLS, type QuizHtmlOptions } from '../components/quiz/quiz-html.ts';
import { judgeAnswer, scoreAnswers, scoresByCase, type CaseScore, type QuestionResult, type QuizResult } from '../quiz/score.ts';
import { today } from '../quiz/storage.ts';
import { keepCaseResults, keptNote } from './review/keep-quiz-result.ts';
import type { CaseQuiz, QuizAnswer, QuizQuestion } from '../quiz/types.ts';

export interface QuizSetResult extends QuizResult {
  /** The answer that counts for each question, in question order. */
  answers: QuizAnswer[];
  cases: CaseScore[];
  finishedAt: string;
}

export interface QuizSetOptions {
  onComplete?: (result: QuizSetResult) => void;
  /** Keep each case's score in this browser's storage. Default true. */
  saveScores?: boolean;
  /** How runQuizSet renders the quizzes (ignored by enhanceQuizSet). */
  html?: QuizHtmlOptions;
}

export interface QuizSetHandle {
  form: HTMLFormElement;
  finish(): QuizSetResult;
  reset(): void;
}

interface QuestionState {
  question: QuizQuestion;
  fieldset: HTMLFieldSetElement;
  number: number;
  /** The first checked answer: the one that counts. */
  first?: QuestionResult;
}

function chosenIn(fieldset: HTMLFieldSetElement): string[] {
  return [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
}

function clearMarks(fieldset: HTMLFieldSetElement): void {
  for (const item of fieldset.querySelectorAll<HTMLElement>('[data-option]')) {
    item.removeAttribute('data-verdict');
    item.querySelector('[data-verdict-slot]')?.replaceChildren();
  }
}

function markOptions(state: QuestionState, result: QuestionResult): void {
  clearMarks(state.fieldset);
  const chosen = new Set(result.chosen);
  for (const item of state.fieldset.querySelectorAll<HTMLElement>('[data-option]')) {
    const option = state.question.options.find((o) => o.id === item.dataset.option);
    if (!option || !chosen.has(option.id)) continue;
    item.dataset.verdict = option.correct ? 'right' : 'wrong';
    const symbol = Object.assign(document.createElement('span'), { textContent: option.correct ? SYMBOLS.right : SYMBOLS.wrong });
    symbol.setAttribute('aria-hidden', 'true');
    item.querySelector('[data-verdict-slot]')?.replaceChildren(symbol, ` ${option.correct ? 'Right' : 'Not right'}`);
  }
}

/** Upgrade a quiz form rendered by quizToHtml; `quizzes` are the quizzes it was rendered from. */
export function enhanceQuizSet(form: HTMLFormElement, quizzes: readonly CaseQuiz[], options: QuizSetOptions = {}): QuizSetHandle {
  const byId = new Map(quizzes.flatMap((quiz) => quiz.questions.map((q) => [q.id, q] as const)));
  const titles = new Map(quizzes.map((quiz) => [quiz.caseId, quiz.title]));
  const states: QuestionState[] = [];
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
    const question = byId.get(fieldset.dataset.question ?? '');
    if (!question) continue;
    states.push({ question, fieldset, number: states.length + 1 });
    fieldset.querySelector<HTMLElement>('[data-key]')?.setAttribute('hidden', '');
    fieldset.querySelector<HTMLElement>('[data-actions]')?.removeAttribute('hidden');
  }
  const status = form.querySelector<HTMLElement>('[data-quiz-status]');
  const progress = form.querySelector<HTMLElement>('[data-progress]');
  const summary = form.querySelector<HTMLElement>('[data-summary]')!;
  const summaryBody = summary.querySelector<HTMLElement>('[data-summary-body]')!;
  const summaryLevel = summary.querySelector('h2') ? 3 : 4;
  form.querySelector<HTMLElement>('[data-finish-area]')?.removeAttribute('hidden');
  form.dataset.enhanced = 'true';

  const showProgress = () => {
    const checked = states.filter((s) => s.first);
    const right = checked.filter((s) => s.first!.correct).length;
    if (progress) progress.textContent = `Checked ${checked.length} of ${states.length} questions; ${right} right at the first try.`;
  };

  const check = (state: QuestionState) => {
    const feedback = state.fieldset.querySelector<HTMLElement>('[data-feedback]')!;
    const chosen = chosenIn(state.fieldset);
    feedback.hidden = false;
    if (chosen.length === 0) {
      feedback.innerHTML = '<p class="quiz-verdict" data-verdict="unanswered">Choose an answer first, then check it.</p>';
      announce(status, `Question ${state.number}: choose an answer first.`);
      return;
    }
    const result = judgeAnswer(state.question, chosen);
    const retry = state.first !== undefined;
    state.first ??= result;
    feedback.innerHTML = feedbackToHtml(state.question, result, retry ? state.first : undefined);
    state.fieldset.dataset.state = verdictOf(result).verdict;
    markOptions(state, result);
    showProgress();
    const all = states.every((s) => s.first) && !form.dataset.finished;
    announce(
      status,
      `Question ${state.number}: ${verdictOf(result).words}.${retry ? ' Your first answer still counts.' : ''}` +
        (all ? ` All ${states.length} questions checked: “See my result” is at the end.` : ''),
    );
  };

  const finish = (): QuizSetResult => {
    const answers: QuizAnswer[] = states.map((s) => ({ questionId: s.question.id, chosen: s.first?.chosen ?? chosenIn(s.fieldset) }));
    const scored = scoreAnswers(
      states.map((s) => s.question),
      answers,
    );
    const result: QuizSetResult = { ...scored, answers, cases: scoresByCase(scored), finishedAt: today() };
    summaryBody.innerHTML = summaryToHtml(scored, states.map((s) => s.question), titles, summaryLevel);
    summary.hidden = false;
    form.dataset.finished = 'true';
    // Kept with the case's review cards; the note says so, or says in words that storage refused.
    if (options.saveScores !== false) {
      const note = keptNote(keepCaseResults(result.cases, result.finishedAt, new Date()), result.cases.length);
      const score = summaryBody.querySelector('.quiz-summary__score');
      if (score) score.after(note);
      else summaryBody.prepend(note);
    }
    summary.focus();
    announce(status, `Your result: ${result.score} of ${result.total} questions right.`);
    options.onComplete?.(result);
    return result;
  };

  const reset = () => {
    for (const state of states) {
      state.first = undefined;
      for (const input of state.fieldset.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
      const feedback = state.fieldset.querySelector<HTMLElement>('[data-feedback]')!;
      feedback.hidden = true;
      feedback.replaceChildren();
      state.fieldset.removeAttribute('data-state');
      clearMarks(state.fieldset);
    }
    summary.hidden = true;
    summaryBody.replaceChildren();
    delete form.dataset.finished;
    if (progress) progress.textContent = '';
    states[0]?.fieldset.querySelector<HTMLInputElement>('input')?.focus();
    announce(status, 'Every answer cleared: the quiz starts again.');
  };

  const stateOf = (element: Element | null) => {
    const fieldset = element?.closest('fieldset[data-question]');
    return states.find((s) => s.fieldset === fieldset);
  };

  form.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('[data-check]')) {
      const state = stateOf(target);
      if (state) check(state);
    } else if (target.closest('[data-restart]')) {
      reset();
    }
  });
  form.addEventListener('change', (event) => {
    // A new choice: the marks beside the options described the old one.
    const state = stateOf(event.target as Element);
    if (state) clearMarks(state.fieldset);
  });
  form.addEventListener('keydown', (event) => {
    // Enter on an option checks that question: quicker by keyboard than tabbing to the button.
    const target = event.target as Element;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
    const state = stateOf(target);
    if (!state) return;
    event.preventDefault();
    check(state);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    finish();
  });

  return { form, finish, reset };
}

/** Render `quizzes` into `container` (replacing what is there) and run them; see the module comment. */
export function runQuizSet(container: HTMLElement, quizzes: readonly CaseQuiz[], options: QuizSetOptions = {}): QuizSetHandle {
  container.innerHTML = quizToHtml(quizzes, options.html);
  return enhanceQuizSet(container.querySelector<HTMLFormElement>('form[data-quiz-set]')!, quizzes, options);
}
