/**
 * What a finished assignment tells the LMS, as the (element, value) pairs a SCO sets, in the order
 * it must set them (an interaction's id before its other fields). Scoring is score.ts's, the same
 * count as the result file. Pure, so a unit test pins the exact values for both editions and the
 * package's player only has to send them.
 *
 * Score: raw is the percentage of questions right (min 0, max 100), scaled (2004) the same as a
 * fraction. Pass or fail compares that percentage with the instructor's pass mark. Each question
 * is one `choice` interaction: its id is the question id, the response lists the chosen options
 * (SCORM 1.2 wants single characters, so there they are a, b, c… by option position; 2004 takes
 * the option ids themselves, joined by "[,]").
 */
import { scoreAnswers } from '../score.ts';
import type { QuizAnswer, QuizQuestion } from '../types.ts';
import type { ScormVersion } from './manifest.ts';

export type ScormValue = readonly [element: string, value: string];

export interface ScormReport {
  right: number;
  total: number;
  /** 0 to 100, at most two decimals. */
  percent: number;
  passed: boolean;
  values: ScormValue[];
}

/** SCORM 1.2's choice responses are single characters 0-9 and a-z. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** 2004's interaction description is a localized string of at most 250 characters. */
const MAX_DESCRIPTION = 250;

const round2 = (n: number) => Math.round(n * 100) / 100;


function responses12(question: QuizQuestion, ids: readonly string[]): string {
  return question.options
    .map((o, i) => (ids.includes(o.id) ? LETTERS[i] : undefined))
    .filter((c): c is string => c !== undefined)
    .join(',');
}

const responses2004 = (question: QuizQuestion, ids: readonly string[]) =>
  question.options.filter((o) => ids.includes(o.id)).map((o) => o.id).join('[,]');

export function scormReport(version: ScormVersion, questions: readonly QuizQuestion[], answers: readonly QuizAnswer[], passMark: number): ScormReport {
  const scored = scoreAnswers(questions, answers);
  const percent = scored.total > 0 ? round2((scored.score / scored.total) * 100) : 0;
  const passed = percent >= passMark;
  const values: ScormValue[] = [];
  const set = (element: string, value: string | number) => values.push([element, String(value)]);

  scored.questions.forEach((result, n) => {
    const question = questions[n]!;
    const right = question.options.filter((o) => o.correct).map((o) => o.id);
    const at = `cmi.interactions.${n}`;
    set(`${at}.id`, question.id);
    set(`${at}.type`, 'choice');
    if (version === '1.2') {
      set(`${at}.correct_responses.0.pattern`, responses12(question, right));
      set(`${at}.student_response`, responses12(question, result.chosen));
      set(`${at}.result`, result.correct ? 'correct' : 'wrong');
    } else {
      set(`${at}.description`, [...question.prompt].slice(0, MAX_DESCRIPTION).join(''));
      set(`${at}.correct_responses.0.pattern`, responses2004(question, right));
      set(`${at}.learner_response`, responses2004(question, result.chosen));
      set(`${at}.result`, result.correct ? 'correct' : 'incorrect');
    }
    set(`${at}.weighting`, 1);
  });

  if (version === '1.2') {
    set('cmi.core.score.min', 0);
    set('cmi.core.score.max', 100);
    set('cmi.core.score.raw', percent);
    set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
  } else {
    set('cmi.score.min', 0);
    set('cmi.score.max', 100);
    set('cmi.score.raw', percent);
    set('cmi.score.scaled', scored.total > 0 ? Math.round((scored.score / scored.total) * 10_000) / 10_000 : 0);
    set('cmi.success_status', passed ? 'passed' : 'failed');
    set('cmi.completion_status', 'completed');
  }
  return { right: scored.score, total: scored.total, percent, passed, values };
}
