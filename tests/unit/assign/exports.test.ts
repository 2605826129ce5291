import { describe, expect, it } from 'vitest';
import { escapeGift, toGift } from '../../../src/quiz/export/gift.ts';
import { escapeXml, toMoodleXml } from '../../../src/quiz/export/moodle-xml.ts';
import { answerWeights, formatWeight } from '../../../src/quiz/export/weights.ts';
import { categoryPath, escapeHtml } from '../../../src/quiz/export/html.ts';
import type { QuizQuestion } from '../../../src/quiz/types.ts';
import { FIXTURE_QUIZZES } from './quiz-fixtures.ts';
import { expectGiftSurvives, expectMoodleXmlSurvives } from './export-checks.ts';

const options = { siteUrl: 'https://atlas.example.edu', category: 'Week 3: {referral} / red flags' };

function question(right: number, wrong: number, multiple = true): QuizQuestion {
  const options = [
    ...Array.from({ length: right }, (_, i) => ({ id: `r${i}`, text: `R${i}`, correct: true, feedback: '' })),
    ...Array.from({ length: wrong }, (_, i) => ({ id: `w${i}`, text: `W${i}`, correct: false, feedback: '' })),
  ];
  return { id: 'x/drivers', caseId: 'x', kind: 'drivers', prompt: 'P', multiple, options, explanation: 'E', lesson: '/lessons/nerve-root-problems/#dermatomes' };
}

describe('answer weights', () => {
  it('give 100 to the one right answer of a single-answer question', () => {
    expect(answerWeights(question(1, 3, false))).toEqual([100, 0, 0, 0]);
  });

  it('split 100 among right answers and -100 among wrong ones, on Moodle’s grade list', () => {
    expect(answerWeights(question(2, 2))).toEqual([50, 50, -50, -50]);
    expect(answerWeights(question(3, 1)).map(formatWeight)).toEqual(['33.33333', '33.33333', '33.33333', '-100']);
    for (let right = 1; right <= 10; right++) {
      const weights = answerWeights(question(right, 3));
      expect(weights.filter((w) => w > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
      expect(weights.filter((w) => w < 0).reduce((a, b) => a + b, 0)).toBeCloseTo(-100, 3);
    }
  });

  it('refuse, naming the question, what Moodle could not import', () => {
    expect(() => answerWeights(question(11, 1))).toThrow(/x\/drivers: 11 right and 1 wrong options give a weight of 9.09091%/);
    expect(() => answerWeights(question(0, 3))).toThrow(/no right option/);
    expect(() => answerWeights(question(2, 2, false))).toThrow(/single-answer but has 2 right/);
  });
});

describe('escaping', () => {
  it('GIFT: every special character gets a backslash, line breaks become \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });
  it('XML: markup characters become entities and characters XML cannot hold are dropped', () => {
    expect(escapeXml(`<a href="x">&'\u0000\u0007ok`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok');
  });
  it('HTML: case text never becomes markup', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
  it('category: no sub-category or line break sneaks in from an assignment title', () => {
    expect(categoryPath({ siteUrl: '', category: 'A/B\\C $x\n' })).toBe('$course$/top/Sciatic Atlas/A B C x');
    expect(categoryPath({ siteUrl: '' })).toBe('$course$/top/Sciatic Atlas');
  });
});

describe('GIFT export', () => {
  const gift = toGift(FIXTURE_QUIZZES, options);

  it('parses with gift-pegjs, and every question, answer, weight and feedback survives', () => {
    expectGiftSurvives(gift, FIXTURE_QUIZZES, options);
  });

  it('writes the documented shapes: title, single =/~, multiple %weights%, # feedback, #### general feedback', () => {
    expect(gift).toContain('::The lift\\: \\{special\\} \\= case \\#1\\: urgency::[html]<p><strong>Client\\:</strong>');
    expect(gift).toContain('\n=Emergency\\: stop &amp; send &lt;now&gt;#Right\\: saddle numbness \\= emergency \\#1.\n');
    expect(gift).toContain('\n~&\\#37;50% refer#');
    expect(gift).toContain('\n~%33.33333%Numbness in the saddle area#Yes\\: an emergency sign.\n');
    expect(gift).toContain('\n~%-50%Tight hamstrings#');
    expect(gift).toMatch(/\n####<p>Any cauda equina sign/);
    expect(gift).not.toMatch(/\n\s*\n(?!\/\/|\$CATEGORY)/); // the only blank lines are the ones between questions
  });

  it('has one question per quiz question', () => {
    expect(gift.match(/^::/gm)).toHaveLength(4);
  });
});

describe('Moodle XML export', () => {
  const xml = toMoodleXml(FIXTURE_QUIZZES, options);

  it('parses with fast-xml-parser, and every question, answer, fraction and feedback survives', () => {
    expectMoodleXmlSurvives(xml, FIXTURE_QUIZZES, options);
  });

  it('marks single and multiple answer questions and writes fractions', () => {
    expect(xml).toContain('<single>true</single>');
    expect(xml).toContain('<single>false</single>');
    expect(xml).toContain('<answer fraction="33.33333" format="html">');
    expect(xml).toContain('<answer fraction="-50" format="html">');
    expect(xml).not.toContain('<b>not bold</b>');
    expect(xml).toContain('&amp;lt;b&amp;gt;not bold&amp;lt;/b&amp;gt;');
  });

  it('an empty list still gives a well-formed file with the category', () => {
    expectMoodleXmlSurvives(toMoodleXml([], options), [], options);
    expectGiftSurvives(toGift([], options), [], options);
  });
});
