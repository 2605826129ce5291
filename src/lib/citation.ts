import type { ReferenceData } from '../content/schemas/reference.ts';

/** "Smoll 2010", "Natsis et al. 2014", "Keegan & Garrett 1948": the short form used inline. */
export function shortCitation(ref: Pick<ReferenceData, 'authors' | 'year' | 'short'>): string {
  if (ref.short) return ref.short;
  const year = ref.year ?? 'n.d.';
  const authors = ref.authors.split(',').map((a) => a.trim()).filter(Boolean);
  const surname = (author: string) => author.replace(/\s+[A-Z]{1,3}$/, '').replace(/\s*\(.*\)$/, '');
  const first = surname(authors[0] ?? ref.authors);
  if (authors.length === 1) return `${first} ${year}`;
  if (authors.length === 2 && authors[1] !== 'et al.') return `${first} & ${surname(authors[1]!)} ${year}`;
  return `${first} et al. ${year}`;
}

/** Where a reader can open the source: its DOI resolver address, else its URL. */
export function sourceLink(ref: Pick<ReferenceData, 'doi' | 'url'>): string | undefined {
  return ref.doi ? `https://doi.org/${ref.doi}` : ref.url;
}

/** Element id of a source in a reference list, shared by the list and inline citations. */
export function referenceAnchor(id: string): string {
  return `ref-${id}`;
}
