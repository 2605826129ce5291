/**
 * The quiz model: what a case quiz asks and how each answer is judged. Questions are built from a
 * case's findings by the rules module (src/rules) and from the dermatome data (src/data/dermatomes),
 * never written by hand, so the quiz, the answer key and the LMS exports always agree with the
 * red-flag checker. Pure types: no DOM, no Astro.
 */
import type { LessonLink } from '../rules/index.ts';

/** urgency: emergency / urgent / refer / in-scope. source: the most likely source. drivers: which findings
 *  drove the decision (several right answers). anatomy: which root's dermatome fits the story. */
export type QuestionKind = 'urgency' | 'source' | 'drivers' | 'anatomy';

export interface QuizOption {
  /** Stable within its question: an urgency, a source id, a finding id or a root id. */
  id: string;
  text: string;
  correct: boolean;
  /** Why choosing this option is right or wrong, in plain words. */
  feedback: string;
}

export interface QuizQuestion {
  /** `${caseId}/${kind}`, unique across the site. */
  id: string;
  caseId: string;
  kind: QuestionKind;
  prompt: string;
  /** True when more than one option is right (the drivers question). */
  multiple: boolean;
  options: QuizOption[];
  /** The rule that decides the answer, in plain words, shown after answering and in the answer key. */
  explanation: string;
  /** The lesson section that teaches it: /lessons/<id>/#<section>. */
  lesson: LessonLink;
}

export interface CaseStory {
  client: string;
  history: string;
  reports: string;
  assessment: string;
}

export interface CaseQuiz {
  caseId: string;
  title: string;
  story: CaseStory;
  topics: readonly string[];
  difficulty: string;
  questions: QuizQuestion[];
  /** Lesson sections the case exercises, for "lessons to revisit". */
  lessons: readonly LessonLink[];
}

/** A learner's answer to one question: the option ids they chose. */
export interface QuizAnswer {
  questionId: string;
  chosen: string[];
}
