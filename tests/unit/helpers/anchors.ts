// docs/anchors.md promises, per lesson, the `##` section ids other pages link to; the link check
// over the built site holds the lessons to it. One reader of its table for every test, and one
// reader of the lesson links the data and the quizzes carry ("/lessons/<id>/#<section>").
import { readFileSync } from 'node:fs';

/** A row of the table: `| order | \`lesson-id\` | Heading (\`section-id\`); ... |`. */
const ROW = /^\| \d+ \| `([a-z0-9-]+)` \| (.+) \|$/gm;
/** A cell's sections: `Heading text (\`section-id\`)`, separated by "; ". */
const SECTION = /(?:^|; )(.+?) \(`([a-z0-9-]+)`\)/g;
const LESSON_LINK = /^\/lessons\/([a-z0-9-]+)\/#([a-z0-9-]+)$/;

/** Lesson id → its promised sections with their headings, in the table's order. */
export function documentedSections(file = 'docs/anchors.md'): Map<string, { id: string; heading: string }[]> {
  const table = readFileSync(file, 'utf8');
  return new Map([...table.matchAll(ROW)].map((row) => [row[1]!, [...row[2]!.matchAll(SECTION)].map((m) => ({ id: m[2]!, heading: m[1]! }))]));
}

/** Lesson id → its promised section ids, in the table's order. */
export function documentedAnchors(file = 'docs/anchors.md'): Map<string, string[]> {
  return new Map([...documentedSections(file)].map(([lesson, sections]) => [lesson, sections.map((s) => s.id)]));
}

/** The lesson and section of a "/lessons/<id>/#<section>" link, or undefined for any other address. */
export function parseLessonLink(href: string): { lesson: string; section: string } | undefined {
  const match = LESSON_LINK.exec(href);
  return match ? { lesson: match[1]!, section: match[2]! } : undefined;
}

/** True when `href` is a lesson section that docs/anchors.md promises. */
export function isDocumentedSection(href: string, anchors: Map<string, string[]> = documentedAnchors()): boolean {
  const link = parseLessonLink(href);
  return link !== undefined && (anchors.get(link.lesson)?.includes(link.section) ?? false);
}
