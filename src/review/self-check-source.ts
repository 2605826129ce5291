/**
 * The self-checks of one lesson, read from its MDX source: the same `<SelfCheck question options
 * answer>explanation</SelfCheck>` props the lesson page renders, so a review card and the lesson
 * always ask the same thing. Each gets an id from the section it sits in (the heading's slug, as the
 * page's anchor) and its place within that section: rewording a question keeps its id (and the
 * learner's history); moving it to another section gives it a new one.
 *
 * A self-check this reader cannot understand fails loudly, naming the line, rather than being
 * skipped: a lesson must never have a question the review deck silently lacks.
 */
import GithubSlugger from 'github-slugger';
import { sessionCount, sessionSpan } from '../components/user/session-rule.ts';
import { numberWord } from '../components/user/words.ts';
import { mdxToPlainText } from './plain-text.ts';

export interface SelfCheckSource {
  /** "<lesson id>/<section slug>/<n>", n counting from 1 within the section. */
  id: string;
  lessonId: string;
  /** The heading slug the self-check sits under ("" before the first heading). */
  section: string;
  question: string;
  options: string[];
  answer: number;
  /** The explanation (the component's children) as plain text. */
  explanation: string;
  line: number;
}

const OPEN_TAG = '<SelfCheck';
const CLOSE_TAG = '</SelfCheck>';

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Index just past the value starting at `start` ("…" or a balanced {…}); -1 when unterminated. */
function valueEnd(source: string, start: number): number {
  if (source[start] === '"') return source.indexOf('"', start + 1) + 1 || -1;
  if (source[start] !== '{') return -1;
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      let close = i + 1;
      while (close < source.length && source[close] !== ch) close += source[close] === '\\' ? 2 : 1;
      if (close >= source.length) return -1;
      i = close;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The fact helpers a lesson may call inside a self-check's props, so a number the rules hold is
 * rendered, never typed (the content check forbids typed session counts). Only these calls, string
 * literals and `+` between them are understood; anything else fails loudly with the line.
 */
const FACT_HELPERS: Readonly<Record<string, (arg: never) => string | number>> = {
  numberWord: numberWord as (arg: never) => string,
  sessionCount: sessionCount as (arg: never) => number,
  sessionSpan: sessionSpan as (arg: never) => string,
};

/** Top-level pieces of `a + b + c`, ignoring `+` inside strings and brackets. */
function splitConcatenation(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i]!;
    if (ch === '"' || ch === "'") {
      let close = i + 1;
      while (close < expression.length && expression[close] !== ch) close += expression[close] === '\\' ? 2 : 1;
      i = close;
    } else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '+' && depth === 0) {
      parts.push(expression.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts;
}

function evaluatePiece(piece: string): string | number {
  const call = /^([A-Za-z]+)\((.*)\)$/s.exec(piece);
  if (call) {
    const helper = FACT_HELPERS[call[1]!];
    if (!helper) throw new Error(`${call[1]}() is not one of the fact helpers a self-check may call (${Object.keys(FACT_HELPERS).join(', ')})`);
    const argument = call[2]!.trim();
    return helper((argument === '' ? undefined : evaluateExpression(argument)) as never);
  }
  if (/^'.*'$/s.test(piece)) return JSON.parse(`"${piece.slice(1, -1).replace(/"/g, '\\"')}"`) as string;
  const value: unknown = JSON.parse(piece);
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`${piece.slice(0, 40)} is not text`);
  return value;
}

function evaluateExpression(expression: string): string | number {
  const parts = splitConcatenation(expression).map(evaluatePiece);
  return parts.length === 1 ? parts[0]! : parts.join('');
}

function readValue(raw: string): unknown {
  if (raw.startsWith('"')) return raw.slice(1, -1);
  const inner = raw.slice(1, -1).trim();
  try {
    return JSON.parse(inner);
  } catch {
    // Not plain JSON: a string built from literals and fact helpers.
    return evaluateExpression(inner);
  }
}

/** The attributes of the tag opened at `start`, and where its content begins. */
function readAttributes(source: string, start: number): { attributes: Map<string, unknown>; contentStart: number; selfClosing: boolean } {
  const attributes = new Map<string, unknown>();
  let i = start + OPEN_TAG.length;
  const attribute = /\s*([A-Za-z]+)\s*=\s*/y;
  for (;;) {
    const rest = /\s*(\/?>)/y;
    rest.lastIndex = i;
    const end = rest.exec(source);
    if (end) return { attributes, contentStart: rest.lastIndex, selfClosing: end[1] === '/>' };
    attribute.lastIndex = i;
    const name = attribute.exec(source);
    if (!name) throw new Error('an attribute is not written as name="text" or name={value}');
    const stop = valueEnd(source, attribute.lastIndex);
    if (stop < 0) throw new Error(`the value of "${name[1]}" is not closed`);
    attributes.set(name[1]!, readValue(source.slice(attribute.lastIndex, stop)));
    i = stop;
  }
}

function headingsOf(source: string): { index: number; slug: string }[] {
  const slugger = new GithubSlugger();
  const headings: { index: number; slug: string }[] = [];
  let inFence = false;
  let index = 0;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ index, slug: slugger.slug(mdxToPlainText(heading[1]!)) });
    index += line.length + 1;
  }
  return headings;
}

function check(value: unknown, test: boolean, what: string): void {
  if (!test) throw new Error(`${what} (found ${JSON.stringify(value)})`);
}

export function selfChecksOf(lessonId: string, source: string): SelfCheckSource[] {
  const headings = headingsOf(source);
  const perSection = new Map<string, number>();
  const found: SelfCheckSource[] = [];
  for (let start = source.indexOf(OPEN_TAG); start >= 0; start = source.indexOf(OPEN_TAG, start + 1)) {
    if (/[A-Za-z]/.test(source[start + OPEN_TAG.length] ?? '')) continue; // another component's name
    const line = lineAt(source, start);
    try {
      const { attributes, contentStart, selfClosing } = readAttributes(source, start);
      const close = selfClosing ? contentStart : source.indexOf(CLOSE_TAG, contentStart);
      if (close < 0) throw new Error(`it has no ${CLOSE_TAG}`);
      const question = attributes.get('question');
      const options = attributes.get('options');
      const answer = attributes.get('answer');
      check(question, typeof question === 'string' && question.trim().length > 0, 'question must be text');
      check(options, Array.isArray(options) && options.length >= 2 && options.every((o) => typeof o === 'string'), 'options must be a list of at least two texts');
      const list = options as string[];
      check(answer, Number.isInteger(answer) && (answer as number) >= 0 && (answer as number) < list.length, 'answer must index an option');
      const section = headings.filter((h) => h.index < start).at(-1)?.slug ?? '';
      const n = (perSection.get(section) ?? 0) + 1;
      perSection.set(section, n);
      found.push({
        id: `${lessonId}/${section}/${n}`,
        lessonId,
        section,
        question: (question as string).trim(),
        options: list,
        answer: answer as number,
        explanation: selfClosing ? '' : mdxToPlainText(source.slice(contentStart, close)),
        line,
      });
    } catch (error) {
      throw new Error(`content/lessons/${lessonId}.mdx:${line}: <SelfCheck> cannot be read for review: ${(error as Error).message}`);
    }
  }
  return found;
}
