/**
 * The instructor's case filter and the picked-cases list, as pure functions the assign page calls.
 * A filter with nothing ticked in a group lets every case through that group; within a group a case
 * passes when it has any ticked value (topics) or the ticked value (difficulty).
 */

export interface CaseFacets {
  topics: readonly string[];
  difficulty: string;
}

export interface CaseFilter {
  topics: ReadonlySet<string>;
  difficulties: ReadonlySet<string>;
}

export function matchesFilter(facets: CaseFacets, filter: CaseFilter): boolean {
  const topicOk = filter.topics.size === 0 || facets.topics.some((t) => filter.topics.has(t));
  const difficultyOk = filter.difficulties.size === 0 || filter.difficulties.has(facets.difficulty);
  return topicOk && difficultyOk;
}

/** The picked list after ticking (added at the end) or unticking a case; order is otherwise kept. */
export function withPicked(picked: readonly string[], id: string, on: boolean): string[] {
  const rest = picked.filter((p) => p !== id);
  return on ? [...rest, id] : rest;
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const out = [...items];
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}

/** The case library's filter as the address carries it: `?topic=<topic id>&difficulty=<difficulty id>`. */
export interface LibraryQuery {
  /** A known topic id, or '' for every topic. */
  topic: string;
  /** A known difficulty id, or '' for every difficulty. */
  difficulty: string;
}

/**
 * Reads the library filter from an address's query string. Only known ids are taken; anything else
 * (a hand-edited or truncated link, markup, repeats) is dropped, and the library shows every case.
 */
export function parseLibraryQuery(search: string, topics: readonly string[], difficulties: readonly string[]): LibraryQuery {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { topic: '', difficulty: '' };
  }
  const known = (value: string | null, allowed: readonly string[]) => (value !== null && allowed.includes(value) ? value : '');
  return { topic: known(params.get('topic'), topics), difficulty: known(params.get('difficulty'), difficulties) };
}
