// The search page: loads Pagefind's index only when someone searches, and renders results as
// plain links so they are reached with Tab and read in order by screen readers.
import { parseSearchQuery } from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 12;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The path is built at run time so the bundler leaves Pagefind's own module alone.
  const url = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefind;
}

/** Copies a Pagefind excerpt into `target` keeping only text and <mark>, so no markup from the index can run. */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerptHtml}</p>`, 'text/html');
  for (const node of parsed.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const type = document.createElement('p');
  type.className = 'search-result__type';
  type.textContent = data.filters.type?.[0] ?? 'Page';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, data.excerpt);
  item.append(type, link, excerpt);
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;

  /** `note` says what was changed in a search that came from a link (see parseSearchQuery). */
  async function run(term: string, note?: string): Promise<void> {
    const query = term.trim();
    const say = (text: string) => {
      status!.textContent = note ? `${note} ${text}` : text;
    };
    const address = new URL(window.location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    say('Searching…');
    try {
      const engine = await loadPagefind();
      const search = await engine.debouncedSearch(query, {}, 250);
      if (search === null) return; // a newer keystroke superseded this search
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      list!.replaceChildren(...results.map(renderResult));
      const total = search.results.length;
      say(total === 0
        ? `No results for “${query}”. Try another word, or browse the lessons and glossary.`
        : `${total} result${total === 1 ? '' : 's'} for “${query}”${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`);
    } catch {
      say('Search is not available right now (the search index did not load). Browse the lessons and glossary instead.');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  // The address can hold anything (a shared link, a typo, an attack): parse it, never trust it.
  const initial = parseSearchQuery(window.location.search);
  if (initial.term) {
    input.value = initial.term;
    void run(initial.term, initial.note);
  }
}
