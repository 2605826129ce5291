import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { buildCaseQuiz } from '../../../src/quiz/build-quiz.ts';
import { escapeHtml } from '../../../src/quiz/escape.ts';
import { feedbackToHtml, quizToHtml, summaryToHtml } from '../../../src/components/quiz/quiz-html.ts';
import { judgeAnswer, scoreAnswers } from '../../../src/quiz/score.ts';
import type { LessonLink } from '../../../src/rules/index.ts';
import type { CaseQuiz } from '../../../src/quiz/types.ts';

const real = buildCaseQuiz('html-case', {
  title: 'The test client',
  story: { client: 'Alex, 50, a cook.', history: 'Two weeks of trouble.', reports: 'Pain down the leg.', assessment: 'Weak ankle on testing.' },
  findings: ['muscle-weakness', 'radiating-leg-pain', 'dermatomal-pattern'],
  topics: ['referral', 'dermatomes'],
  difficulty: 'intermediate',
  lessons: ['/lessons/nerve-root-problems/#neurological-signs'],
  anatomy: { root: 'L5' },
});

const EVIL = `<img src=x onerror="alert(1)">'"&</script><script>alert(2)</script>`;
const hostile: CaseQuiz = {
  ...real,
  caseId: 'evil"><b>',
  title: EVIL,
  story: { client: EVIL, history: EVIL, reports: EVIL, assessment: EVIL },
  topics: [EVIL],
  difficulty: EVIL,
  questions: real.questions.map((q) => ({
    ...q,
    id: `${q.id}"${EVIL}`,
    prompt: EVIL,
    explanation: EVIL,
    lesson: 'javascript:alert(1)' as LessonLink,
    options: q.options.map((o) => ({ ...o, id: `${o.id}"${EVIL}`, text: EVIL, feedback: EVIL })),
  })),
};

/** The rendered markup as XML: well formed, so every tag we open is closed and every attribute quoted. */
function expectWellFormed(html: string): void {
  const wrapped = `<root>${html}</root>`;
  expect(() => SyntaxValidator.validate(wrapped, { allowBooleanAttributes: true })).not.toThrow();
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('quizToHtml', () => {
  const html = quizToHtml(real);

  it('renders a form with one fieldset and legend per question, and an input with a label per option', () => {
    expectWellFormed(html);
    expect(count(html, /<form /g)).toBe(1);
    expect(count(html, /<fieldset /g)).toBe(real.questions.length);
    expect(count(html, /<legend /g)).toBe(real.questions.length);
    const options = real.questions.reduce((n, q) => n + q.options.length, 0);
    expect(count(html, /<input /g)).toBe(options);
    expect(count(html, /<label for="/g)).toBe(options);
    for (const q of real.questions) expect(html).toContain(`data-question="${q.id}"`);
    expect(count(html, /type="checkbox"/g)).toBe(real.questions.find((q) => q.multiple)!.options.length);
  });

  it('every input id is unique and every label points at one', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/<label for="([^"]+)"/g)) expect(ids).toContain(target);
  });

  it('works without JavaScript: the key sits in a disclosure per question, the check buttons start hidden', () => {
    expect(count(html, /<details class="quiz-key" data-key data-pagefind-ignore><summary>Show the answer<\/summary>/g)).toBe(real.questions.length);
    expect(html).toContain('<div class="quiz-q__actions" data-actions hidden>');
    expect(html).toContain('data-finish-area hidden');
    for (const q of real.questions) {
      expect(html).toContain(escapeHtml(q.options.find((o) => o.correct)!.text));
      expect(html).toContain(`href="${q.lesson}"`);
    }
    expect(html).toContain('role="status" aria-live="polite"');
  });

  it('heading levels follow the page: none when the h1 names the case, h2 by default', () => {
    expect(quizToHtml(real, { titleLevel: 'none' })).not.toMatch(/<h[1-6] class="quiz-case__title"/);
    expect(quizToHtml(real, { titleLevel: 'none' })).toContain(`aria-label="${escapeHtml(real.title)}"`);
    expect(html).toContain('<h2 class="quiz-case__title"');
    expect(quizToHtml(real, { titleLevel: 3 })).toContain('<h3 class="quiz-summary__title"');
  });

  it('numbers questions across a set and keeps ids apart with a prefix', () => {
    const two = quizToHtml([real, { ...real, caseId: 'second', questions: real.questions.map((q) => ({ ...q, id: `second/${q.kind}`, caseId: 'second' })) }], { idPrefix: 'practice' });
    expectWellFormed(two);
    const total = real.questions.length * 2;
    expect(two).toContain(`Question ${total} of ${total}`);
    expect(two).not.toContain('id="quiz-');
  });

  it('escapes hostile text everywhere and only links to same-site paths', () => {
    const out = quizToHtml(hostile, { showMeta: true, label: EVIL });
    expectWellFormed(out);
    expect(out).not.toMatch(/<script|<img|<b>|onerror="/i);
    expect(out).not.toContain('javascript:');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&quot;&amp;');
  });
});

describe('feedback and summary markup', () => {
  const urgency = real.questions[0]!;
  const drivers = real.questions.find((q) => q.multiple)!;

  it('a wrong answer says so in words and a symbol, with the reason and the lesson', () => {
    const wrong = urgency.options.find((o) => !o.correct)!;
    const out = feedbackToHtml(urgency, judgeAnswer(urgency, [wrong.id]));
    expectWellFormed(out);
    expect(out).toContain('data-verdict="wrong"');
    expect(out).toContain('✗</span> Not right.');
    expect(out).toContain(`<strong>${escapeHtml(wrong.text)}</strong>: not right. ${escapeHtml(wrong.feedback)}`);
    expect(out).toContain(escapeHtml(urgency.explanation));
    expect(out).toContain(`href="${urgency.lesson}"`);
  });

  it('a partly right multiple answer shows the count and the right options missed', () => {
    const first = drivers.options.find((o) => o.correct)!;
    const result = judgeAnswer(drivers, [first.id]);
    const out = feedbackToHtml(drivers, result, judgeAnswer(drivers, []));
    expectWellFormed(out);
    const rights = drivers.options.filter((o) => o.correct).length;
    if (rights > 1) {
      expect(out).toContain('◐</span> Partly right.');
      expect(out).toContain(`You chose 1 of the ${rights} right answers and no wrong one.`);
      expect(out).toContain(': also right, not chosen. ');
    }
    expect(out).toContain('Your first answer (not answered) is the one that counts');
  });

  it('the summary gives the score, a review line per question and each lesson to revisit once', () => {
    const answers = real.questions.map((q, i) => ({ questionId: q.id, chosen: i === 0 ? [q.options.find((o) => !o.correct)!.id] : q.options.filter((o) => o.correct).map((o) => o.id) }));
    const result = scoreAnswers(real.questions, answers);
    const out = summaryToHtml(result, real.questions, new Map([[real.caseId, real.title]]));
    expectWellFormed(out);
    expect(out).toContain(`Score: ${real.questions.length - 1} of ${real.questions.length}`);
    expect(count(out, /<li data-verdict=/g)).toBe(real.questions.length);
    expect(out).toContain('Lessons to revisit');
    expect(count(out, new RegExp(`<li><a class="quiz-lesson" href="${urgency.lesson}"`, 'g'))).toBe(1);
    expect(out).toContain('data-restart');
  });

  it('escapes hostile text in feedback and summary too', () => {
    const q = hostile.questions[0]!;
    const result = scoreAnswers([q], [{ questionId: q.id, chosen: [q.options[1]!.id] }]);
    const out = feedbackToHtml(q, result.questions[0]!) + summaryToHtml(result, [q], new Map([[hostile.caseId, EVIL]]));
    expectWellFormed(out);
    expect(out).not.toMatch(/<script|<img|onerror="/i);
    expect(out).not.toContain('javascript:');
  });
});
