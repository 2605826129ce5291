/**
 * Stands in for @preact/signals in the browser build. Astro's Preact client imports it lazily, only
 * for an island given a signal as a prop; no island here is, yet the budget check rightly counts
 * every module a page could load (3 KB gzip, plus the preload helper). If an island ever passes a
 * signal, this says so at once instead of failing silently: remove the alias in astro.config.mjs.
 */
export function signal(): never {
  throw new Error('Preact signals are switched off in this site (see astro.config.mjs); an island was given a signal as a prop.');
}
