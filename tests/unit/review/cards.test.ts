import { describe, expect, it } from 'vitest';
import { selfChecksOf } from '../../../src/review/self-check-source.ts';
import { selfCheckCard } from '../../../src/review/cards/self-check.ts';
import { glossaryCards } from '../../../src/review/cards/glossary.ts';
import { findItCard, FIND_IT_LESSON } from '../../../src/review/cards/find-it.ts';
import { caseCards } from '../../../src/review/cards/case.ts';
import { lessonCards } from '../../../src/review/cards/index.ts';
import { mdxToPlainText } from '../../../src/review/plain-text.ts';
import { FIND_IT_QUESTIONS } from '../../../src/data/dermatomes/questions.ts';
import { realCaseQuizzes } from '../helpers/cases.ts';
import { glossaryEntries, lessonBodies } from './content.ts';

const lessons = lessonBodies();
const glossary = glossaryEntries();
const deck = () => lessonCards({ lessons, glossary, findIt: FIND_IT_QUESTIONS });

const check = (question: string, answer = 1, body = 'Because **this** one, see <Term id="x">the term</Term>.<Cite id="y" />') =>
  `<SelfCheck\n  question="${question}"\n  options={[\n    "First",\n    "Second \\"quoted\\"",\n    "Third"\n  ]}\n  answer={${answer}}\n>\n${body}\n</SelfCheck>\n`;

describe('self-checks read from a lesson’s MDX', () => {
  it('reads the question, options, answer and explanation the lesson renders', () => {
    const [found] = selfChecksOf('demo', `# Title\n\n## Where it runs\n\n${check('Which one?')}`);
    expect(found).toMatchObject({ id: 'demo/where-it-runs/1', section: 'where-it-runs', question: 'Which one?', answer: 1, explanation: 'Because this one, see the term.' });
    expect(found!.options).toEqual(['First', 'Second "quoted"', 'Third']);
    expect(selfCheckCard(found!)).toMatchObject({ id: 'check:demo/where-it-runs/1', kind: 'self-check', group: 'lesson:demo', answer: 'B. Second "quoted"', right: [1], href: '/lessons/demo/#where-it-runs' });
  });

  it('keeps an id when the question is reworded, and when a self-check is added in another section', () => {
    const before = `## One\n\n${check('Old wording?')}\n## Two\n\n${check('Second?')}`;
    const after = `## Zero\n\n${check('New one?')}\n## One\n\n${check('New wording, same place?', 2)}\n## Two\n\n${check('Second?')}`;
    const ids = (source: string) => selfChecksOf('demo', source).map((c) => c.id);
    expect(ids(before)).toEqual(['demo/one/1', 'demo/two/1']);
    expect(ids(after)).toEqual(['demo/zero/1', 'demo/one/1', 'demo/two/1']);
    expect(ids(before)).toEqual(ids(before)); // the same source, the same ids, every build
  });

  it('numbers several self-checks in one section, and gives repeated headings distinct slugs', () => {
    const source = `## Notes\n\n${check('A?')}${check('B?')}\n## Notes\n\n${check('C?')}`;
    expect(selfChecksOf('demo', source).map((c) => c.id)).toEqual(['demo/notes/1', 'demo/notes/2', 'demo/notes-1/1']);
  });

  it.each([
    ['an answer outside the options', check('Q?', 7)],
    ['options that are not a list', '<SelfCheck question="Q?" options={"A"} answer={0}>x</SelfCheck>'],
    ['no closing tag', '<SelfCheck question="Q?" options={["A","B"]} answer={0}>never closed'],
    ['an unclosed value', '<SelfCheck question="Q?" options={["A","B"] answer={0}>x</SelfCheck>'],
  ])('fails loudly, naming the file and line, for %s', (_, source) => {
    expect(() => selfChecksOf('demo', `intro\n\n${source}`)).toThrow(/^content\/lessons\/demo\.mdx:3: <SelfCheck>/);
  });

  it('finds every self-check in every real lesson, with plain-text explanations', () => {
    for (const lesson of lessons) {
      const found = selfChecksOf(lesson.id, lesson.body);
      expect(found.length, lesson.id).toBe(lesson.body.match(/<SelfCheck\b/g)?.length ?? 0);
      for (const c of found) {
        expect(c.explanation.length, c.id).toBeGreaterThan(20);
        expect(c.explanation, c.id).not.toMatch(/[<>{}]|\*\*/);
        expect(c.section, c.id).not.toBe('');
      }
    }
  });
});

describe('glossary, find-it and case cards', () => {
  it('gives two cards per glossary term, both ways, in the lesson that teaches it', () => {
    const entry = glossary.find((e) => e.id === 'dermatome')!;
    const [forward, reverse] = glossaryCards(entry.id, entry.data);
    expect(forward).toMatchObject({ id: 'term:dermatome', prompt: `What does “${entry.data.term}” mean?`, answer: entry.data.definition, group: `lesson:${entry.data.lesson}` });
    expect(reverse).toMatchObject({ id: 'term-reverse:dermatome', prompt: `Which term means: ${entry.data.definition}`, answer: entry.data.term });
  });

  it('gives one card per find-it question, in the dermatome lesson, linking to the map', () => {
    const zone = FIND_IT_QUESTIONS.find((q) => q.answerBy === 'map')!;
    const named = FIND_IT_QUESTIONS.find((q) => q.answerBy === 'root')!;
    expect(findItCard(zone)).toMatchObject({ id: `find-it:${zone.id}`, group: `lesson:${FIND_IT_LESSON}`, href: `/dermatomes/#${zone.answer}` });
    expect(findItCard(zone).answer).toContain(zone.explain);
    expect(findItCard(named)).toMatchObject({ prompt: named.prompt, explanation: named.explain });
  });

  it('gives one card per case question with the story, options and every right answer', () => {
    for (const quiz of realCaseQuizzes()) {
      const cards = caseCards(quiz);
      expect(cards.map((c) => c.id)).toEqual(quiz.questions.map((q) => `case:${q.id}`));
      cards.forEach((card, i) => {
        const q = quiz.questions[i]!;
        expect(card.group).toBe(`case:${quiz.caseId}`);
        expect(card.context).toContain(quiz.story.client);
        expect(card.options).toEqual(q.options.map((o) => o.text));
        expect(card.right!.map((r) => q.options[r]!.correct)).toEqual(card.right!.map(() => true));
        expect(card.right).toHaveLength(q.options.filter((o) => o.correct).length);
        for (const right of q.options.filter((o) => o.correct)) expect(card.answer).toContain(right.text);
        expect(card.explanation).toBe(q.explanation);
      });
    }
  });
});

describe('the whole lesson deck', () => {
  it('holds each source’s cards exactly once, with unique ids and known lessons', () => {
    const cards = deck();
    const ids = cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const checks = lessons.reduce((n, l) => n + (l.body.match(/<SelfCheck\b/g)?.length ?? 0), 0);
    expect(cards.filter((c) => c.kind === 'self-check')).toHaveLength(checks);
    expect(cards.filter((c) => c.kind === 'term')).toHaveLength(glossary.length);
    expect(cards.filter((c) => c.kind === 'term-reverse')).toHaveLength(glossary.length);
    expect(cards.filter((c) => c.kind === 'find-it')).toHaveLength(FIND_IT_QUESTIONS.length);
    const known = new Set(lessons.map((l) => `lesson:${l.id}`));
    for (const card of cards) expect(known.has(card.group), card.id).toBe(true);
  });

  it('builds the same ids every time (stable across builds)', () => {
    expect(deck().map((c) => c.id)).toEqual(deck().map((c) => c.id));
    expect(deck().filter((c) => c.kind === 'self-check').slice(0, 2).map((c) => c.id)).toEqual(
      selfChecksOf(lessons[0]!.id, lessons[0]!.body).slice(0, 2).map((c) => `check:${c.id}`),
    );
  });
});

describe('plain text from MDX', () => {
  it.each([
    ['**Bold** and _soft_ words', 'Bold and soft words'],
    ['A [link](/x/) here', 'A link here'],
    ['<Term id="a">term</Term> then<Cite id="b" />.', 'term then.'],
    ['<img src=x onerror=alert(1)> gone', 'gone'],
  ])('%j reads as %j', (source, text) => expect(mdxToPlainText(source)).toBe(text));
});
