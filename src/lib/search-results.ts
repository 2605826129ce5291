/**
 * Turns one Pagefind result (a page) into the items the search page lists. Pagefind splits a page
 * into sub-results at headings that carry an id; a result should land on the section that matched,
 * not on the top of an 11,000-pixel page. The glossary is one page of many short entries, so each
 * matching entry becomes an item of its own.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the matched words in the page; more positions, a better section. */
  locations?: number[];
  anchor?: { id?: string; element?: string };
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface SearchItem {
  /** "Lesson", "Case", "Glossary term"... */
  kind: string;
  title: string;
  /** Where the title links: the best-matching section when there is one. */
  url: string;
  /** The heading of that section, when it is not the page's own title. */
  section?: string;
  excerpt: string;
  /** Other matching sections of the same page, best first. */
  more: { title: string; url: string }[];
}

/** Other sections of a page listed under its result. */
export const MAX_MORE_SECTIONS = 3;
/** Letter headings on the glossary (A, B, …) are navigation, not entries. */
const GLOSSARY_LETTER = /^letter-/;

const weight = (sub: PagefindSubResult) => sub.locations?.length ?? 0;
const hasAnchor = (sub: PagefindSubResult) => Boolean(sub.anchor?.id) && sub.url.includes('#');

export function toSearchItems(data: PagefindResultData): SearchItem[] {
  const kind = data.filters.type?.[0] ?? 'Page';
  const pageTitle = data.meta.title ?? data.url;
  const subs = data.sub_results ?? [];

  if (kind === 'Glossary') {
    const entries = subs.filter((sub) => hasAnchor(sub) && !GLOSSARY_LETTER.test(sub.anchor!.id!));
    if (entries.length > 0) {
      return entries.map((sub) => ({ kind: 'Glossary term', title: sub.title, url: sub.url, excerpt: sub.excerpt, more: [] }));
    }
  }

  const sections = subs.filter(hasAnchor).sort((a, b) => weight(b) - weight(a));
  const best = sections[0];
  const pageTop = subs.find((sub) => !hasAnchor(sub));
  // The section wins when it holds at least as many of the matches as the page's opening does.
  if (!best || (pageTop && weight(pageTop) > weight(best))) {
    return [{ kind, title: pageTitle, url: data.url, excerpt: pageTop?.excerpt ?? data.excerpt, more: sections.slice(0, MAX_MORE_SECTIONS).map(link) }];
  }
  return [{
    kind,
    title: pageTitle,
    url: best.url,
    section: best.title !== pageTitle ? best.title : undefined,
    excerpt: best.excerpt,
    more: sections.slice(1, 1 + MAX_MORE_SECTIONS).map(link),
  }];
}

function link(sub: PagefindSubResult): { title: string; url: string } {
  return { title: sub.title, url: sub.url };
}
