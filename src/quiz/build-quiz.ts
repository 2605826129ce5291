/**
 * One case's quiz, built from its findings by the rules module and from the dermatome data; no
 * answer is written by hand, so the quiz, the answer key and the LMS exports always agree with the
 * red-flag checker. Pure: no Astro, no DOM (the build calls it; so can a test or an export script).
 *
 *   import { buildCaseQuiz } from '../quiz/build-quiz.ts';
 *   const quiz = buildCaseQuiz(entry.id, entry.data);   // entry from getCollection('cases')
 *   quiz.questions.map((q) => q.kind);                  // ['urgency', 'source', 'drivers', 'anatomy']
 *
 * Questions, in this order: urgency (always), source (when one source ranks first alone), drivers
 * (when something drives the decision), anatomy (when the case names a root). Option order is fixed
 * by the case id, so every build and every page lists them the same way.
 */
import type { CaseData } from '../content/schemas/case.ts';
import { canonicalFindings, triage } from '../rules/index.ts';
import type { CaseQuiz, QuizQuestion } from './types.ts';
import type { QuizContext } from './questions/context.ts';
import { urgencyQuestion } from './questions/urgency.ts';
import { sourceQuestion } from './questions/source.ts';
import { driversQuestion } from './questions/drivers.ts';
import { anatomyQuestion } from './questions/anatomy.ts';

/** The fields of a case the quiz reads; CaseData (the schema's output) has them all. */
export type CaseInput = Pick<CaseData, 'title' | 'story' | 'findings' | 'sessionsWithoutImprovement' | 'topics' | 'difficulty' | 'lessons' | 'anatomy'>;

export function buildCaseQuiz(id: string, data: CaseInput): CaseQuiz {
  const findings = canonicalFindings(data.findings);
  const sessions = data.sessionsWithoutImprovement;
  const context: QuizContext = {
    caseId: id,
    findings,
    sessions,
    result: triage({ findings, sessionsWithoutImprovement: sessions }),
    anatomyRoot: data.anatomy?.root,
  };
  const questions = [urgencyQuestion(context), sourceQuestion(context), driversQuestion(context), anatomyQuestion(context)].filter(
    (q): q is QuizQuestion => q !== undefined,
  );
  return {
    caseId: id,
    title: data.title,
    story: { ...data.story },
    topics: [...data.topics],
    difficulty: data.difficulty,
    questions,
    lessons: [...data.lessons],
  };
}
