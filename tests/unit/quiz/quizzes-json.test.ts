import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCaseQuiz } from '../../../src/quiz/build-quiz.ts';
import { QUIZZES_JSON_PATH, quizzesPayload, readCaseQuiz, readQuizzesPayload } from '../../../src/quiz/quizzes-json.ts';
import { readCaseFiles } from '../helpers/cases.ts';

const quizzes = readCaseFiles().filter((f) => f.data).map((f) => buildCaseQuiz(f.id, f.data!));

describe('quizzes.json', () => {
  it('is published at /cases/quizzes.json', () => expect(QUIZZES_JSON_PATH).toBe('/cases/quizzes.json'));

  it('round-trips every real quiz through JSON unchanged', () => {
    const payload = JSON.parse(JSON.stringify(quizzesPayload(quizzes))) as unknown;
    expect(readQuizzesPayload(payload)).toEqual(quizzes);
  });

  it('drops malformed quizzes and duplicates, and keeps the rest', () => {
    const [first] = quizzes;
    const broken = [
      { ...first, caseId: 'Bad Id' },
      { ...first, caseId: 'no-questions', questions: [] },
      { ...first, caseId: 'x', questions: first!.questions.map((q) => ({ ...q, caseId: 'x', options: q.options.map((o) => ({ ...o, correct: 'yes' })) })) },
      { ...first, caseId: 'y', questions: first!.questions.map((q) => ({ ...q, caseId: 'y', options: q.options.map((o) => ({ ...o, correct: false })) })) },
      { ...first, story: null },
      first,
    ];
    expect(readQuizzesPayload({ version: 1, quizzes: broken })).toEqual([first]);
  });

  it.each([null, [], 'text', { version: 2, quizzes: [] }, { version: 1 }, { version: 1, quizzes: {} }])('rejects %j as a payload', (value) => {
    expect(readQuizzesPayload(value)).toBeUndefined();
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        readQuizzesPayload(v);
        readQuizzesPayload({ version: 1, quizzes: [v] });
        expect(readCaseQuiz(v)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
