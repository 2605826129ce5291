/**
 * The quiz's markup, written once: case pages render it at build time and the browser renders the
 * same strings for practice sets and assignments, so both look and behave alike. Every text is
 * escaped here; callers pass plain data, never HTML. Pure: no DOM, no Astro.
 *
 *   // An Astro page (plain HTML that works without JavaScript; src/browser/quiz.ts upgrades it):
 *   <Fragment set:html={quizToHtml(quiz, { titleLevel: 'none' })} />
 *   // The browser (src/browser/quiz.ts does this in runQuizSet):
 *   container.innerHTML = quizToHtml(quizzes, { idPrefix: 'practice' });
 *
 * Without JavaScript each question shows its options and a "Show the answer" disclosure holding the
 * key, every option's feedback, the reason and the lesson link. The script hides the disclosures,
 * shows a "Check answer" button per question, fills `[data-feedback]` with feedbackToHtml() and the
 * summary with summaryToHtml().
 */
import { escapeHtml as esc, idSafe, safeHref } from '../../quiz/escape.ts';
import { KIND_LABELS, STORY_LABELS, STORY_PARTS, difficultyLabel, topicLabel } from '../../quiz/labels.ts';
// The lesson list alone, not the rules' index: the quiz pages' script must not carry the whole rules module.
import { lessonHeading, type LessonLink } from '../../rules/lessons.ts';
import { formatCredit, type QuestionResult, type QuizResult } from '../../quiz/score.ts';
import type { CaseQuiz, QuizOption, QuizQuestion } from '../../quiz/types.ts';

export interface QuizHtmlOptions {
  /** Heading level of each case title; 'none' when the page's own h1 already names the case. Default 2. */
  titleLevel?: 2 | 3 | 'none';
  /** Prefix for element ids and input names: unique per quiz set on one page. Default 'quiz'. */
  idPrefix?: string;
  /** Show topics and difficulty under each case title. Default false. */
  showMeta?: boolean;
  /** Accessible name of the whole form, e.g. the assignment's title. Default 'Case quiz'. */
  label?: string;
}

export const SYMBOLS = { right: '✓', wrong: '✗', partial: '◐' } as const;
export type Verdict = keyof typeof SYMBOLS | 'unanswered';

function lessonLink(href: LessonLink, lead: string): string {
  return `<a class="quiz-lesson" href="${esc(safeHref(href))}">${esc(lead)}${esc(lessonHeading(href))}</a>`;
}

function mark(verdict: keyof typeof SYMBOLS): string {
  return `<span class="quiz-mark" aria-hidden="true">${SYMBOLS[verdict]}</span>`;
}

/** One option with its feedback: "✓ Emergency: right. The case shows …". */
function optionLine(option: QuizOption, lead: 'right' | 'not right' | 'also right, not chosen'): string {
  // Right options' feedback opens with "Right." (LMS exports show it alone); here the lead says it.
  const feedback = option.correct ? option.feedback.replace(/^Right\.\s*/, '') : option.feedback;
  return `<li data-correct="${option.correct}">${mark(option.correct ? 'right' : 'wrong')} <strong>${esc(option.text)}</strong>: ${lead}. ${esc(feedback)}</li>`;
}

/** The answer key of one question, inside a disclosure: what readers without JavaScript use. */
function keyHtml(q: QuizQuestion): string {
  const rights = q.options.filter((o) => o.correct).map((o) => esc(o.text));
  const options = q.options.map((o) => optionLine(o, o.correct ? 'right' : 'not right')).join('');
  return (
    `<details class="quiz-key" data-key data-pagefind-ignore><summary>Show the answer</summary>` +
    `<p class="quiz-key__answer"><strong>${rights.length > 1 ? 'Answers' : 'Answer'}: ${rights.join('; ')}</strong></p>` +
    `<ul class="quiz-key__options">${options}</ul>` +
    `<p class="quiz-why"><strong>Why:</strong> ${esc(q.explanation)}</p>` +
    `<p>${lessonLink(q.lesson, 'Lesson: ')}</p></details>`
  );
}

function questionHtml(q: QuizQuestion, number: number, total: number, prefix: string): string {
  const base = `${prefix}-q${number}`;
  const type = q.multiple ? 'checkbox' : 'radio';
  const options = q.options
    .map((o, i) => {
      const id = `${base}-o${i + 1}`;
      return (
        `<li class="quiz-opt" data-option="${esc(o.id)}">` +
        `<input type="${type}" id="${id}" name="${base}" value="${esc(o.id)}" />` +
        `<label for="${id}">${esc(o.text)}</label><span class="quiz-opt__verdict" data-verdict-slot></span></li>`
      );
    })
    .join('');
  return (
    `<fieldset class="quiz-q" id="${base}" data-question="${esc(q.id)}" data-kind="${esc(q.kind)}" aria-describedby="${base}-hint">` +
    `<legend class="quiz-q__legend"><span class="quiz-q__number">Question ${number} of ${total}</span> <span class="quiz-q__prompt">${esc(q.prompt)}</span></legend>` +
    `<p class="quiz-q__hint" id="${base}-hint">${q.multiple ? 'Choose every answer that applies.' : 'Choose one answer.'}</p>` +
    `<ul class="quiz-q__options">${options}</ul>` +
    `<div class="quiz-q__actions" data-actions hidden><button type="button" class="button" data-check>Check answer</button></div>` +
    `<div class="quiz-q__feedback" data-feedback hidden></div>` +
    keyHtml(q) +
    `</fieldset>`
  );
}

function caseHtml(quiz: CaseQuiz, first: number, total: number, prefix: string, options: QuizHtmlOptions): string {
  const titleId = `${prefix}-${idSafe(quiz.caseId)}-title`;
  const level = options.titleLevel ?? 2;
  const heading = level === 'none' ? '' : `<h${level} class="quiz-case__title" id="${titleId}">${esc(quiz.title)}</h${level}>`;
  const named = level === 'none' ? `aria-label="${esc(quiz.title)}"` : `aria-labelledby="${titleId}"`;
  const meta = options.showMeta
    ? `<p class="quiz-case__meta">${quiz.topics.map((t) => `<span class="quiz-tag">${esc(topicLabel(t))}</span>`).join(' ')} <span class="quiz-tag quiz-tag--level">${esc(difficultyLabel(quiz.difficulty))}</span></p>`
    : '';
  const story = STORY_PARTS.map((part) => `<div><dt>${STORY_LABELS[part]}</dt><dd>${esc(quiz.story[part])}</dd></div>`).join('');
  const questions = quiz.questions.map((q, i) => questionHtml(q, first + i, total, prefix)).join('');
  return (
    `<section class="quiz-case" data-quiz-case="${esc(quiz.caseId)}" ${named}>${heading}${meta}` +
    `<dl class="quiz-story">${story}</dl>${questions}</section>`
  );
}

/** One case's quiz, or a set of them, as a form; see the module comment for what the browser adds. */
export function quizToHtml(quizzes: CaseQuiz | readonly CaseQuiz[], options: QuizHtmlOptions = {}): string {
  const list: readonly CaseQuiz[] = Array.isArray(quizzes) ? quizzes : [quizzes as CaseQuiz];
  const prefix = idSafe(options.idPrefix ?? 'quiz');
  const total = list.reduce((sum, quiz) => sum + quiz.questions.length, 0);
  let first = 1;
  const cases = list.map((quiz) => {
    const html = caseHtml(quiz, first, total, prefix, options);
    first += quiz.questions.length;
    return html;
  });
  const summaryLevel = options.titleLevel === 3 ? 3 : 2;
  return (
    `<form class="quiz-set" data-quiz-set id="${prefix}" aria-label="${esc(options.label ?? 'Case quiz')}" novalidate>` +
    cases.join('') +
    `<div class="quiz-set__finish" data-finish-area hidden>` +
    `<p class="quiz-set__note">Your first check of each question counts towards your score; try again as often as you like.</p>` +
    `<p class="quiz-set__progress" data-progress></p>` +
    `<button type="submit" class="button" data-finish>See my result</button></div>` +
    `<p class="visually-hidden" role="status" aria-live="polite" data-quiz-status></p>` +
    `<section class="quiz-summary" data-summary hidden tabindex="-1" aria-labelledby="${prefix}-summary-title">` +
    `<h${summaryLevel} class="quiz-summary__title" id="${prefix}-summary-title">Your result</h${summaryLevel}><div data-summary-body></div></section>` +
    `</form>`
  );
}

/** How a judged answer reads: its verdict and a phrase in words. */
export function verdictOf(result: QuestionResult): { verdict: Verdict; words: string } {
  if (!result.answered) return { verdict: 'unanswered', words: 'Not answered' };
  if (result.correct) return { verdict: 'right', words: 'Right' };
  if (result.rightChosen > 0 && result.rightTotal > 1) return { verdict: 'partial', words: 'Partly right' };
  return { verdict: 'wrong', words: 'Not right' };
}

function picksDetail(result: QuestionResult): string {
  const wrong = result.wrongChosen === 0 ? 'no wrong one' : `${result.wrongChosen} wrong one${result.wrongChosen === 1 ? '' : 's'}`;
  return `You chose ${result.rightChosen} of the ${result.rightTotal} right answers and ${wrong}.`;
}

/**
 * What appears under a question once it is checked: the verdict in words and a symbol, why each
 * chosen option is right or wrong (and, for a multiple-answer question, the right ones missed), the
 * rule that decides it, and the lesson link. `first` is the result that counts when this is a retry.
 */
export function feedbackToHtml(question: QuizQuestion, result: QuestionResult, first?: QuestionResult): string {
  const { verdict, words } = verdictOf(result);
  const symbol = verdict === 'unanswered' ? 'wrong' : verdict;
  const chosen = new Set(result.chosen);
  const shown = question.options.filter((o) => chosen.has(o.id) || (question.multiple && o.correct));
  const items = shown.map((o) => optionLine(o, !chosen.has(o.id) ? 'also right, not chosen' : o.correct ? 'right' : 'not right')).join('');
  const detail = question.multiple && !result.correct ? `<p class="quiz-verdict__detail">${picksDetail(result)}</p>` : '';
  const counts = first
    ? `<p class="quiz-first">Your first answer (${verdictOf(first).words.toLowerCase()}) is the one that counts towards your score.</p>`
    : '';
  return (
    `<p class="quiz-verdict" data-verdict="${verdict}">${mark(symbol)} ${words}.</p>${detail}` +
    `<ul class="quiz-feedback__options">${items}</ul>` +
    `<p class="quiz-why"><strong>Why:</strong> ${esc(question.explanation)}</p>` +
    `<p>${lessonLink(question.lesson, 'Lesson: ')}</p>${counts}`
  );
}

function answerText(question: QuizQuestion, ids: readonly string[]): string {
  const texts = question.options.filter((o) => ids.includes(o.id)).map((o) => esc(o.text));
  return texts.length > 0 ? texts.join('; ') : 'none';
}

/**
 * The end-of-set summary: score, the per-question review and the lessons to revisit. `questions`
 * are the questions `result` judged, in the same order; `titles` names each case by id.
 */
export function summaryToHtml(result: QuizResult, questions: readonly QuizQuestion[], titles: ReadonlyMap<string, string>, headingLevel: 3 | 4 = 3): string {
  const percent = result.total > 0 ? Math.round((result.score / result.total) * 100) : 0;
  const anyPartial = result.questions.some((r) => !r.correct && r.credit > 0);
  const credit = anyPartial
    ? `<p>With partial credit for the multiple-answer questions: ${formatCredit(result.credit)} of ${result.total}.</p>`
    : '';
  const review = result.questions
    .map((r, i) => {
      const q = questions[i]!;
      const { verdict, words } = verdictOf(r);
      const right = q.options.filter((o) => o.correct).map((o) => o.id);
      const detail = verdict === 'partial' ? ` (${r.rightChosen} of ${r.rightTotal} right, ${r.wrongChosen} wrong)` : '';
      const fix = r.correct ? '' : ` Right answer: ${answerText(q, right)}. ${lessonLink(r.lesson, 'Lesson: ')}`;
      const title = titles.get(r.caseId);
      return (
        `<li data-verdict="${verdict}">${mark(verdict === 'unanswered' ? 'wrong' : verdict)} <strong>${words}${detail}.</strong> ` +
        `${title ? `${esc(title)}, ${KIND_LABELS[q.kind].toLowerCase()}` : KIND_LABELS[q.kind]}. Your answer: ${answerText(q, r.chosen)}.${fix}</li>`
      );
    })
    .join('');
  const lessons =
    result.lessonsToRevisit.length > 0
      ? `<ul class="quiz-revisit">${result.lessonsToRevisit.map((href) => `<li>${lessonLink(href, '')}</li>`).join('')}</ul>`
      : '<p>Nothing to revisit: every answer was right.</p>';
  const h = `h${headingLevel}`;
  return (
    `<p class="quiz-summary__score"><strong>Score: ${result.score} of ${result.total}</strong> questions right (${percent}%).</p>${credit}` +
    `<${h}>Question by question</${h}><ol class="quiz-review">${review}</ol>` +
    `<${h}>Lessons to revisit</${h}>${lessons}` +
    `<p class="quiz-summary__actions"><button type="button" class="button button--quiet" data-restart>Start this quiz again</button></p>`
  );
}
