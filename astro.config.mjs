// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import serviceWorker from './src/integrations/service-worker.ts';
import headers from './src/integrations/headers.ts';
import { CSP } from './src/integrations/csp-policy.ts';

// The site is plain files for any static host. SITE_URL only shapes the absolute addresses in the
// sitemap and Open Graph tags; set it to the address you deploy to.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sciatic-atlas.example.org',
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets as files, never inline <style>: Astro's CSP misses the hashes of styles that
  // components imported by MDX lessons bring in, and a file is covered by style-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    // Two JSX renderers, told apart by folder. The red-flag checker and the dermatome map are plain
    // Preact (no compat layer, so no global `react` alias): about 4 KB of framework instead of
    // react-dom's 64 KB (docs/performance.md). The 3D viewer stays on React, which fiber needs.
    preact({ include: ['**/components/checker/*.tsx', '**/components/dermatomes/*.tsx'] }),
    // No island passes a Preact signal as a prop, so the signals runtime Astro's Preact client can
    // load for one is replaced by a stub that throws (src/components/interactive/no-preact-signals.ts).
    {
      name: 'no-preact-signals',
      hooks: {
        'astro:config:setup': ({ updateConfig }) => {
          updateConfig({ vite: { resolve: { alias: { '@preact/signals': fileURLToPath(new URL('./src/components/interactive/no-preact-signals.ts', import.meta.url)) } } } });
        },
      },
    },
    react({ include: ['**/components/variants/**/*.tsx'] }),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // After the others: they read the finished build (offline copy, host headers).
    serviceWorker(),
    headers(),
  ],
  // A Content-Security-Policy <meta> on every page (see src/integrations/csp-policy.ts).
  security: { csp: CSP },
  devToolbar: { enabled: false },
});
