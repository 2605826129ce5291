/**
 * What the /review/ page carries from the build to its script: every lesson's cards and the lessons
 * they belong to. Written into a data attribute at build time (so it is cached with the page and
 * works offline); case cards come from /cases/quizzes.json, the file practice sets use.
 */
import type { ReviewCard } from './card.ts';

export interface ReviewPageData {
  lessons: { id: string; title: string }[];
  cards: ReviewCard[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

function readCard(v: unknown): ReviewCard | undefined {
  if (!isObj(v) || !isStr(v.id) || !isStr(v.kind) || !isStr(v.group) || !isStr(v.prompt) || !isStr(v.answer) || !isStr(v.href)) return undefined;
  return v as unknown as ReviewCard;
}

/** The page's own data, checked only for shape: a stale cache must not break the page. */
export function readReviewPageData(text: string | undefined): ReviewPageData {
  try {
    const value: unknown = JSON.parse(text ?? '');
    if (!isObj(value) || !Array.isArray(value.lessons) || !Array.isArray(value.cards)) return { lessons: [], cards: [] };
    const lessons = value.lessons.filter((l): l is { id: string; title: string } => isObj(l) && isStr(l.id) && isStr(l.title));
    return { lessons, cards: value.cards.map(readCard).filter((c): c is ReviewCard => c !== undefined) };
  } catch {
    return { lessons: [], cards: [] };
  }
}
