// One case's page: upgrades the server-rendered quiz (its quiz data rides along in a data attribute,
// written at build time) and shows the learner's last score on this case, if this browser has one.
import { enhanceQuizSet } from './quiz.ts';
import { readQuizzesPayload } from '../quiz/quizzes-json.ts';
import { QUIZ_SCORES_KEY, parseQuizScores } from '../quiz/storage.ts';

function showLastScore(element: HTMLElement, caseId: string): void {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(QUIZ_SCORES_KEY);
  } catch {
    return; // storage blocked: there is nothing to show
  }
  const last = parseQuizScores(stored, new Set([caseId])).cases.get(caseId);
  element.hidden = !last;
  if (last) element.textContent = `Your last score on this case: ${last.score} of ${last.total} (${last.at}).`;
}

export function startCaseQuizPage(): void {
  const root = document.querySelector<HTMLElement>('[data-case-quiz]');
  const form = root?.querySelector<HTMLFormElement>('form[data-quiz-set]');
  if (!root || !form) return;
  let data: unknown;
  try {
    data = JSON.parse(root.dataset.quizzes ?? '');
  } catch {
    return; // leave the plain HTML quiz, which works on its own
  }
  const quizzes = readQuizzesPayload({ version: 1, quizzes: data });
  const quiz = quizzes?.[0];
  if (!quiz) return;
  const last = document.querySelector<HTMLElement>('[data-last-score]');
  if (last) showLastScore(last, quiz.caseId);
  enhanceQuizSet(form, [quiz], {
    onComplete() {
      if (last) showLastScore(last, quiz.caseId);
    },
  });
}
