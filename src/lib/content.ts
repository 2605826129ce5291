import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type ReferenceEntry = CollectionEntry<'references'>;

/** Every lesson in course order (the `order` field), ties broken by id so the order is stable. */
export async function lessonsInOrder(): Promise<Lesson[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Glossary entries sorted by term, as a reader scans them. */
export async function glossaryByTerm(): Promise<GlossaryEntry[]> {
  const entries = await getCollection('glossary');
  return entries.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
}

/** References sorted by first author, then year. */
export async function referencesByAuthor(): Promise<ReferenceEntry[]> {
  const entries = await getCollection('references');
  return entries.sort((a, b) => a.data.authors.localeCompare(b.data.authors) || (a.data.year ?? 0) - (b.data.year ?? 0));
}

export function lessonHref(id: string, section?: string): string {
  return `/lessons/${id}/${section ? `#${section}` : ''}`;
}
