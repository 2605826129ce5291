/**
 * The search term in a search-page address (`/search/?q=...`), as the search box should show it.
 * Links can carry anything, so the term is cleaned rather than trusted: control characters go,
 * runs of white space become one space, and it is cut to MAX_SEARCH_TERM_LENGTH characters, with a note
 * saying so. The result is only ever written as text, never as markup.
 */
export const MAX_SEARCH_TERM_LENGTH = 100;

export interface SearchQuery {
  term: string;
  /** Set when the address held something the page had to change; shown beside the results. */
  note?: string;
}

const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;

/** `search` is `location.search`, with or without the leading "?". */
export function parseSearchQuery(search: string): SearchQuery {
  const raw = new URLSearchParams(search).get('q') ?? '';
  const cleaned = raw.replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
  const chars = [...cleaned];
  if (chars.length <= MAX_SEARCH_TERM_LENGTH) return { term: cleaned };
  return {
    term: chars.slice(0, MAX_SEARCH_TERM_LENGTH).join('').trim(),
    note: `The search in the link was longer than ${MAX_SEARCH_TERM_LENGTH} characters, so only its start is used.`,
  };
}
