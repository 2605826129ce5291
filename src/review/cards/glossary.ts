import { lessonHref } from '../../lib/hrefs.ts';
import { lessonGroup, type ReviewCard } from '../card.ts';

/** The glossary fields a card needs; GlossaryData (the schema's output) has them all. */
export interface GlossaryInput {
  term: string;
  definition: string;
  lesson: string;
  section?: string | undefined;
}

/**
 * Two cards per glossary entry: the term asking for its meaning, and the definition asking for the
 * term. Both belong to the lesson that teaches the term.
 */
export function glossaryCards(id: string, entry: GlossaryInput): ReviewCard[] {
  const base = {
    group: lessonGroup(entry.lesson),
    href: lessonHref(entry.lesson, entry.section),
  };
  return [
    { ...base, id: `term:${id}`, kind: 'term', prompt: `What does “${entry.term}” mean?`, answer: entry.definition },
    { ...base, id: `term-reverse:${id}`, kind: 'term-reverse', prompt: `Which term means: ${entry.definition}`, answer: entry.term },
  ];
}
