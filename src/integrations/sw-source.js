// @ts-check
/// <reference lib="webworker" />
// The service worker, copied to dist/sw.js by ./service-worker.ts after the build, which puts two
// constants above this text: VERSION (a hash of everything precached) and PRECACHE (site paths).
//
// One cache per version holds this deploy's pages and assets, so a reader offline always gets a
// page together with the very files it was built with. A new deploy installs beside the old one
// and waits; the page offers "Updated: reload", and only then does the new version take over and
// the old caches go.
/* global VERSION, PRECACHE */
/** @type {ServiceWorkerGlobalScope} */
// @ts-ignore: `self` is the worker scope here
const sw = self;
const PREFIX = 'sciatic-atlas-';
/** @type {string} */
// @ts-ignore: defined by the build
const CACHE = `${PREFIX}${VERSION}`;
/** Files fetched after first use (the 3D viewer's chunks, the search index), for this version too. */
const RUNTIME = `${CACHE}-runtime`;
/**
 * A static site serves one file per address: hosts that add `Vary: Origin` (as Vite's preview
 * server does) must not make a module request, which carries an Origin header, miss the cache.
 */
const MATCH = { ignoreVary: true };
/** On a poor signal, a cached page after this long beats waiting for the network. */
const NETWORK_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // @ts-ignore: defined by the build
      cache.addAll(/** @type {string[]} */ (PRECACHE).map((url) => new Request(url, { cache: 'reload' })))),
  );
  // No skipWaiting: an open page keeps the version it started with until the reader reloads.
});

sw.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE && name !== RUNTIME) await caches.delete(name);
    }
    await sw.clients.claim();
  })());
});

sw.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || url.pathname === '/sw.js') return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else event.respondWith(asset(request, url));
});

/**
 * A file this version stored at install comes from the cache, so a page and its assets always
 * belong to one deploy; anything else is fetched by the rules below.
 * @param {Request} request
 * @param {URL} url
 */
async function asset(request, url) {
  const stored = await (await caches.open(CACHE)).match(request, MATCH);
  if (stored) return stored;
  if (url.pathname.startsWith('/pagefind/')) return searchIndex(request, url);
  return url.pathname.startsWith('/_astro/') ? cacheFirst(request) : networkFirst(request);
}

/**
 * The search index (written by Pagefind after the build, so not precached): fresh when online,
 * the stored copy offline. Pagefind asks for its entry file with a new `?ts=` each time, so every
 * file is stored and looked up by its path alone; otherwise the offline lookup could never match.
 * @param {Request} request
 * @param {URL} url
 */
async function searchIndex(request, url) {
  const key = new Request(`${url.origin}${url.pathname}`);
  const runtime = await caches.open(RUNTIME);
  try {
    const response = await fetch(request);
    if (response.ok) await runtime.put(key, response.clone());
    return response;
  } catch (error) {
    const hit = await runtime.match(key, MATCH);
    if (hit) return hit;
    throw error;
  }
}

/** @param {RequestInfo} request */
async function cached(request) {
  // Query strings (search terms, assignment links) do not change which page file is served.
  return (await caches.open(CACHE)).match(request, { ...MATCH, ignoreSearch: true });
}

/**
 * Pages: the network first (it may have a newer deploy), this version's copy when the network
 * fails or is slow. Network copies are not stored: they may belong to a newer deploy whose
 * assets this version's cache does not have.
 * @param {Request} request
 */
async function page(request) {
  const network = fetch(request);
  network.catch(() => {}); // when the timeout wins, a later network failure is expected, not an error
  /** @type {Promise<undefined>} */
  const slow = new Promise((resolve) => setTimeout(() => resolve(undefined), NETWORK_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, slow]);
    if (first) return first;
    return (await cached(request)) ?? (await network);
  } catch {
    const copy = await cached(request);
    if (copy) return copy;
    // A page this deploy does not have: online it would be the 404 page too.
    const missing = await cached('/404.html');
    if (missing) return new Response(missing.body, { status: 404, headers: missing.headers });
    return Response.error();
  }
}

/**
 * Hashed build assets never change under the same name: the cache answers, else the network,
 * and what the network brings (a 3D chunk, say) is kept for next time.
 * @param {Request} request
 */
async function cacheFirst(request) {
  const hit = await caches.match(request, MATCH);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(RUNTIME)).put(request, response.clone());
  return response;
}

/**
 * Everything else (the search index, icons, 3D models): fresh when online, the last copy offline.
 * @param {Request} request
 */
async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(RUNTIME)).put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await caches.match(request, MATCH);
    if (hit) return hit;
    throw error;
  }
}
