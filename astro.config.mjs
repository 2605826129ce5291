// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import serviceWorker from './src/integrations/service-worker.ts';
import headers from './src/integrations/headers.ts';
import contentFacts from './src/integrations/content-facts.ts';
import { CSP } from './src/integrations/csp-policy.ts';
import { remarkKnownIds } from './src/integrations/remark-known-ids.ts';
import { remarkTableCaptions } from './src/integrations/remark-table-captions.ts';

// Vite warns about any chunk over 500 kB minified. One chunk is meant to be bigger: the 3D scene
// (three.js, react-three-fiber and React, about 770 kB minified, 200 kB gzip), which the viewer imports
// only when the reader asks for it or scrolls to it, and whose gzip bytes budgets.json caps on every page
// that can load it. It gets its own limit, with room for small changes but not for a second copy of a
// library; every other chunk keeps Vite's 500 kB. Names are the chunks' entry modules.
/** @type {Record<string, number>} */
const CHUNK_LIMITS_KB = { Scene3D: 900 };
const DEFAULT_CHUNK_LIMIT_KB = 500;

/**
 * Vite's chunk-size warning, per chunk: it names each chunk over its limit.
 * @returns {import('vite').Plugin}
 */
function chunkSizeLimits() {
  return {
    name: 'sciatic-atlas:chunk-size-limits',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const kb = Buffer.byteLength(chunk.code) / 1000;
        const limit = CHUNK_LIMITS_KB[chunk.name] ?? DEFAULT_CHUNK_LIMIT_KB;
        if (kb > limit) this.warn(`${chunk.fileName} is ${Math.round(kb)} kB minified, over its ${limit} kB limit (CHUNK_LIMITS_KB in astro.config.mjs)`);
      }
    },
  };
}

/**
 * Astro's content layer marks each lesson's propagated-assets module with the directive
 * "use astro:head-inject". Nothing reads that directive after bundling (Astro 7.3 tracks head
 * propagation itself), so Rolldown's note that it "may not be preserved" is true and harmless.
 * Only that note is dropped; every other log, including other directives, passes through.
 * @param {{ code?: string, message: string }} log
 */
function isInertHeadInjectNote(log) {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

// The site is plain files for any static host. SITE_URL only shapes the absolute addresses in the
// sitemap and Open Graph tags; set it to the address you deploy to.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sciatic-atlas.example.org',
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets as files, never inline <style>: Astro's CSP misses the hashes of styles that
  // components imported by MDX lessons bring in, and a file is covered by style-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No lesson shows code, so no highlighter: Shiki's colours are inline styles, which the CSP blocks.
  markdown: { syntaxHighlight: false },
  integrations: [
    // First: stops the build when a lesson types a fact that src/data or src/rules holds.
    contentFacts(),
    // Sätteri is Astro's own Markdown processor; its plugins check <Term> and <Cite> ids in lessons
    // and turn a "Table: ..." line before a table into its caption.
    mdx({ processor: satteri({ mdastPlugins: [remarkKnownIds(), remarkTableCaptions()] }) }),
    // One JSX renderer, for the 3D viewer only (fiber needs React). The red-flag checker and the
    // dermatome map are server-rendered HTML with a small script each: no framework runtime on any
    // other page (docs/performance.md).
    react({ include: ['**/components/variants/**/*.tsx'] }),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // After the others: they read the finished build (offline copy, host headers).
    serviceWorker(),
    headers(),
  ],
  // A Content-Security-Policy <meta> on every page (see src/integrations/csp-policy.ts).
  security: { csp: CSP },
  devToolbar: { enabled: false },
  vite: {
    plugins: [chunkSizeLimits()],
    build: {
      // Replaced by chunkSizeLimits() above, which applies a limit to every chunk.
      chunkSizeWarningLimit: Number.POSITIVE_INFINITY,
      rolldownOptions: {
        onLog(level, log, handler) {
          if (!isInertHeadInjectNote(log)) handler(level, log);
        },
      },
    },
  },
});
