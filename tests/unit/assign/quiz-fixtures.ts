import type { CaseQuiz } from '../../../src/quiz/types.ts';

/** Hand-made quizzes whose every text holds the characters GIFT, HTML and XML treat specially. */
const NASTY = `~ = # { } : \\ & < > " ' %50% [html] -> // ]]> &amp; \\n`;

export const FIXTURE_QUIZZES: CaseQuiz[] = [
  {
    caseId: 'fixture-lift',
    title: 'The lift: {special} = case #1',
    story: {
      client: 'Dan, 38 & "sure" <b>not bold</b>',
      history: `Two days ago: a pull ~ lifting. ${NASTY}`,
      reports: 'Numb "saddle" area;\nline two of the report',
      assessment: 'Walks stiffly. a\\b c:d e=f',
    },
    topics: ['emergency'],
    difficulty: 'foundation',
    lessons: ['/lessons/red-flags-and-referral/#cauda-equina-syndrome'],
    questions: [
      {
        id: 'fixture-lift/urgency',
        caseId: 'fixture-lift',
        kind: 'urgency',
        prompt: 'How urgent is this? {pick one}',
        multiple: false,
        options: [
          { id: 'emergency', text: 'Emergency: stop & send <now>', correct: true, feedback: 'Right: saddle numbness = emergency #1.' },
          { id: 'refer', text: '%50% refer', correct: false, feedback: `Not this: ${NASTY}` },
          { id: 'in-scope', text: '[plain] in scope', correct: false, feedback: '' },
        ],
        explanation: `Any cauda equina sign is an emergency: ${NASTY}`,
        lesson: '/lessons/red-flags-and-referral/#urgency-levels',
      },
      {
        id: 'fixture-lift/drivers',
        caseId: 'fixture-lift',
        kind: 'drivers',
        prompt: 'Which findings drove the decision? Choose all that apply.',
        multiple: true,
        options: [
          { id: 'a', text: 'Numbness in the saddle area', correct: true, feedback: 'Yes: an emergency sign.' },
          { id: 'b', text: 'New bladder or bowel changes', correct: true, feedback: 'Yes -> emergency.' },
          { id: 'c', text: 'Symptoms in both legs', correct: true, feedback: 'Yes = emergency.' },
          { id: 'd', text: 'Tight hamstrings', correct: false, feedback: 'No: a clue, not a sign.' },
          { id: 'e', text: 'Pain on sitting {long}', correct: false, feedback: 'No.' },
        ],
        explanation: 'Each cauda equina sign alone makes it an emergency.',
        lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
      },
    ],
  },
  {
    caseId: 'fixture-runner',
    title: "The runner's heel",
    story: { client: 'Ana, 29, runs trails.', history: 'No injury.', reports: 'Pain along the outer foot.', assessment: 'Heel numb to touch.' },
    topics: ['nerve-root', 'dermatomes'],
    difficulty: 'intermediate',
    lessons: ['/lessons/nerve-root-problems/#dermatomes'],
    questions: [
      {
        id: 'fixture-runner/anatomy',
        caseId: 'fixture-runner',
        kind: 'anatomy',
        prompt: "Which root's dermatome fits?",
        multiple: false,
        options: ['L4', 'L5', 'S1', 'S2'].map((root) => ({ id: root, text: root, correct: root === 'S1', feedback: root === 'S1' ? 'S1: outer foot & heel.' : `${root}: another area.` })),
        explanation: 'The outer edge of the foot and heel belong to S1.',
        lesson: '/lessons/nerve-root-problems/#dermatomes',
      },
      {
        id: 'fixture-runner/drivers',
        caseId: 'fixture-runner',
        kind: 'drivers',
        prompt: 'Which findings?',
        multiple: true,
        options: [
          { id: 'a', text: 'A', correct: true, feedback: 'a' },
          { id: 'b', text: 'B', correct: false, feedback: 'b' },
        ],
        explanation: 'One right, one wrong.',
        lesson: '/lessons/nerve-root-problems/#dermatomes',
      },
    ],
  },
];

/** Undo escapeHtml (and the numeric entities the GIFT export uses) to compare with the source text. */
export function decodeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The HTML a question text must contain for a given piece of plain text. */
export function encodeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
