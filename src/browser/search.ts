// The search page: loads Pagefind's index only when someone searches, and renders results as
// plain links so they are reached with Tab and read in order by screen readers. Each result links
// to the section that matched (src/lib/search-results.ts); results come a page at a time with a
// "more results" button. After the first search online, the rest of the index is fetched in the
// background so the service worker holds all of it and search works offline.
import { parseSearchQuery } from '../lib/search-query.ts';
import { toSearchItems, type PagefindResultData, type SearchItem } from '../lib/search-results.ts';

interface PagefindResult { data(): Promise<PagefindResultData> }
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<{ results: PagefindResult[] } | null>;
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] }>;
  preload(term: string, options?: object): Promise<void>;
}

/** Pages whose results are fetched and shown at a time. */
export const RESULTS_PER_BATCH = 10;
/** Every index chunk holds words from some range of first characters: a prefix search on each loads them all. */
const FIRST_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');

let pagefind: Promise<Pagefind> | undefined;
let warmed = false;

function loadPagefind(): Promise<Pagefind> {
  // The address is built at run time so the bundler leaves Pagefind's own module alone (a constant
  // string would be folded into a plain import and counted as this page's JavaScript).
  const url = new URL('/pagefind/pagefind.js', document.baseURI).href;
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  // A failed load (offline before the index was ever stored) must not stick: the next search retries.
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/** Fetches every index chunk and page fragment once, so the offline copy can answer any search. */
async function warmIndex(engine: Pagefind, done: () => void): Promise<void> {
  if (warmed || !navigator.onLine || !('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  warmed = true;
  try {
    for (const first of FIRST_CHARACTERS) await engine.preload(first);
    const everything = await engine.search(null);
    for (const result of everything.results) await result.data();
    done();
  } catch {
    warmed = false; // try again after the next search
  }
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function renderItem(item: SearchItem): HTMLLIElement {
  const li = element('li', 'search-result');
  li.append(element('p', 'search-result__type', item.kind));
  const link = element('a', 'search-result__link', item.title);
  link.href = item.url;
  li.append(link);
  if (item.section) li.append(element('p', 'search-result__section', `Section: ${item.section}`));
  const excerpt = element('p', 'search-result__excerpt');
  appendExcerpt(excerpt, item.excerpt);
  li.append(excerpt);
  if (item.more.length > 0) {
    const more = element('p', 'search-result__more', 'Also in: ');
    item.more.forEach((section, i) => {
      const a = element('a', '', section.title);
      a.href = section.url;
      more.append(...(i > 0 ? [document.createTextNode(' · ')] : []), a);
    });
    li.append(more);
  }
  return li;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !moreButton) return;

  let pending: PagefindResult[] = [];
  let summary = '';
  let generation = 0;

  const say = (text: string) => {
    status.textContent = text;
  };

  /** Shows the next batch of results; returns the first new item so focus can move to it. */
  async function showMore(run: number): Promise<HTMLLIElement | undefined> {
    const batch = pending.splice(0, RESULTS_PER_BATCH);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== generation) return undefined;
    const items = data.flatMap(toSearchItems).map(renderItem);
    list!.append(...items);
    moreButton!.hidden = pending.length === 0;
    // Inline plurals, not lib/plural.ts: its shared chunk would put this page over its 4 KB budget.
    moreButton!.textContent = `Show more results (${pending.length} more page${pending.length === 1 ? '' : 's'})`;
    return items[0];
  }

  /** `note` says what was changed in a search that came from a link (see parseSearchQuery). */
  async function run(term: string, note?: string): Promise<void> {
    const run = ++generation;
    const query = term.trim();
    const address = new URL(window.location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    pending = [];
    moreButton!.hidden = true;
    if (!query) {
      list!.replaceChildren();
      say('');
      return;
    }
    const prefix = note ? `${note} ` : '';
    say(`${prefix}Searching…`);
    try {
      const engine = await loadPagefind();
      const search = await engine.debouncedSearch(query, {}, 250);
      if (search === null || run !== generation) return; // a newer keystroke superseded this search
      list!.replaceChildren();
      pending = [...search.results];
      const total = pending.length;
      await showMore(run);
      if (run !== generation) return;
      summary = total === 0
        ? `No results for “${query}”. Try another word, or browse the lessons and glossary.`
        : `${total} page${total === 1 ? '' : 's'} match “${query}”.`;
      say(prefix + summary);
      // data-offline-ready tells tests (and anyone curious) that the whole index is now stored.
      void warmIndex(engine, () => form!.setAttribute('data-offline-ready', ''));
    } catch {
      if (run !== generation) return;
      list!.replaceChildren();
      say(navigator.onLine
        ? 'Search is not available right now (the search index did not load). Browse the lessons and glossary instead.'
        : 'Search needs a connection the first time: the search index is stored for offline use after one search online. Browse the lessons and glossary instead; they work offline.');
    }
  }

  moreButton.addEventListener('click', async () => {
    const first = await showMore(generation);
    // Focus goes to the first new result, so a keyboard or screen reader user carries on from there.
    first?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
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
