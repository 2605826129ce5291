// The practice page: reads the learner's choice (how many cases, which topics), draws a set from
// /cases/quizzes.json and runs it with the shared quiz runner. The cases are fetched once, on the
// first draw, so the page itself stays light.
import { announce } from './announce.ts';
import { runQuizSet } from './quiz.ts';
import { drawPracticeSet } from '../quiz/practice.ts';
import { QUIZZES_JSON_PATH, readQuizzesPayload } from '../quiz/quizzes-json.ts';
import type { CaseQuiz } from '../quiz/types.ts';
import { countOf, pluralWord } from '../lib/plural.ts';

let loaded: Promise<CaseQuiz[] | undefined> | undefined;

async function loadQuizzes(): Promise<CaseQuiz[] | undefined> {
  loaded ??= fetch(QUIZZES_JSON_PATH)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((data: unknown) => readQuizzesPayload(data))
    .catch(() => undefined);
  const quizzes = await loaded;
  if (!quizzes) loaded = undefined; // let a later draw try again
  return quizzes;
}

export function startPractice(): void {
  const form = document.querySelector<HTMLFormElement>('[data-practice-form]');
  const section = document.querySelector<HTMLElement>('[data-practice-set]');
  if (!form || !section) return;
  const status = document.querySelector<HTMLElement>('[data-practice-status]');
  const heading = section.querySelector<HTMLElement>('h2')!;
  const note = section.querySelector<HTMLElement>('[data-practice-note]')!;
  const container = section.querySelector<HTMLElement>('[data-practice-quiz]')!;
  document.querySelector<HTMLElement>('[data-practice-no-js]')?.setAttribute('hidden', '');
  form.hidden = false;

  const draw = async () => {
    const data = new FormData(form);
    const size = Number(data.get('size'));
    const topics = data.getAll('topic').map(String);
    announce(status, 'Drawing a set…');
    const quizzes = await loadQuizzes();
    if (!quizzes) {
      announce(status, 'The cases could not be loaded. Check your connection and try again, or choose a case from the case library.');
      return;
    }
    const set = drawPracticeSet(quizzes, { size, topics }, Math.random);
    if (set.quizzes.length === 0) {
      announce(status, 'No case has these topics. Tick other topics, or none for any topic.');
      return;
    }
    const questions = set.quizzes.reduce((n, q) => n + q.questions.length, 0);
    note.textContent =
      `${countOf(set.quizzes.length, 'case')}, ${questions} questions.` +
      (set.available < size ? ` Only ${countOf(set.available, 'case')} ${pluralWord(set.available, 'matches', 'match')} these topics, so the set is smaller than you asked for.` : '');
    runQuizSet(container, set.quizzes, { html: { idPrefix: 'practice', titleLevel: 3, showMeta: true, label: 'Practice set' } });
    section.hidden = false;
    // Focus on the set's heading tells a screen reader where the set is; the status would repeat it.
    // Cleared through announce() too: "Drawing a set…" is written on the next frame, and a plain
    // clear now would run before it and leave it showing.
    announce(status, '');
    heading.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void draw();
  });
  section.querySelector('[data-practice-again]')?.addEventListener('click', () => void draw());
}
