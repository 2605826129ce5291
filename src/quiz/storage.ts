/**
 * Quiz scores kept in this browser: each case's last score, in localStorage under QUIZ_SCORES_KEY as
 * `{"version":1,"cases":{"<case id>":{"score":3,"total":4,"at":"2026-11-20"}}}`. Whatever else is
 * found there (old formats, another site's data, hand edits, hostile values) is dropped entry by
 * entry rather than trusted, and parsing never throws: the learner simply has no score for it.
 *
 *   const scores = parseQuizScores(localStorage.getItem(QUIZ_SCORES_KEY));
 *   localStorage.setItem(QUIZ_SCORES_KEY, serializeQuizScores(withCaseScore(scores, 'case-id', { score: 3, total: 4, at: '2026-11-20' })));
 */
export const QUIZ_SCORES_KEY = 'sciatic-atlas:quiz-scores';

export interface StoredScore {
  score: number;
  total: number;
  /** The day the quiz was finished, YYYY-MM-DD (no time: nothing more precise is needed). */
  at: string;
}

export interface QuizScores {
  cases: ReadonlyMap<string, StoredScore>;
}

/** Case ids are content file names: lower-case words joined by hyphens. */
const CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** More than any real quiz has; bounds what a hand-edited value can make the page render. */
const MAX_QUESTIONS = 100;
/** Far more cases than the library holds; a longer list is not ours. */
const MAX_CASES = 1000;

const EMPTY: QuizScores = { cases: new Map() };

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_QUESTIONS;
}

function readScore(value: unknown): StoredScore | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { score, total, at } = value as Record<string, unknown>;
  if (!isCount(score) || !isCount(total) || total === 0 || score > total) return undefined;
  if (typeof at !== 'string' || !DAY.test(at)) return undefined;
  return { score, total, at };
}

/**
 * The scores in a stored string. `knownCases`, when given, keeps only those ids (the library page
 * passes the cases it lists); without it every well-formed id is kept, so saving one case's score
 * from its own page never drops the others.
 */
export function parseQuizScores(raw: string | null | undefined, knownCases?: ReadonlySet<string>): QuizScores {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200_000) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  return readQuizScores(value, knownCases) ?? EMPTY;
}

/** The scores in a parsed JSON value (a stored string or a backup file's part); undefined when it is not scores at all. */
export function readQuizScores(value: unknown, knownCases?: ReadonlySet<string>): QuizScores | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if ((value as { version?: unknown }).version !== 1) return undefined;
  const cases = (value as { cases?: unknown }).cases;
  if (typeof cases !== 'object' || cases === null || Array.isArray(cases)) return undefined;
  const kept = new Map<string, StoredScore>();
  for (const [id, entry] of Object.entries(cases)) {
    if (kept.size >= MAX_CASES) break;
    if (!CASE_ID.test(id) || id.length > 100 || (knownCases && !knownCases.has(id))) continue;
    const score = readScore(entry);
    if (score) kept.set(id, score);
  }
  return { cases: kept };
}

export function quizScoresJson(scores: QuizScores): { version: 1; cases: Record<string, StoredScore> } {
  return { version: 1, cases: Object.fromEntries([...scores.cases].sort(([a], [b]) => a.localeCompare(b))) };
}

export function serializeQuizScores(scores: QuizScores): string {
  return JSON.stringify(quizScoresJson(scores));
}

/** The most recently finished case and its score (the first by id among a day's), if any. */
export function latestScore(scores: QuizScores): { caseId: string; score: StoredScore } | undefined {
  let latest: { caseId: string; score: StoredScore } | undefined;
  for (const [caseId, score] of [...scores.cases].sort(([a], [b]) => a.localeCompare(b))) {
    if (!latest || score.at > latest.score.at) latest = { caseId, score };
  }
  return latest;
}

/** The scores with one case's last score set (a new score replaces the old one). */
export function withCaseScore(scores: QuizScores, caseId: string, score: StoredScore): QuizScores {
  if (!CASE_ID.test(caseId) || !readScore(score)) return scores;
  const cases = new Map(scores.cases);
  cases.set(caseId, { score: score.score, total: score.total, at: score.at });
  return { cases };
}

/** Today as YYYY-MM-DD in the learner's own time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
