import type { APIRoute } from 'astro';
import { caseQuizzes } from '../../content/queries.ts';
import { quizzesPayload } from '../../quiz/quizzes-json.ts';

// Every case quiz as data, written once at build time: practice sets and assignments fetch it and
// render with the same quizToHtml() the case pages use. Shape: QuizzesPayload (src/quiz/quizzes-json.ts).
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(quizzesPayload(await caseQuizzes())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
