// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import serviceWorker from './src/integrations/service-worker.ts';
import headers from './src/integrations/headers.ts';
import contentFacts from './src/integrations/content-facts.ts';
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
    // First: stops the build when a lesson types a fact that src/data or src/rules holds.
    contentFacts(),
    mdx(),
    react(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // After the others: they read the finished build (offline copy, host headers).
    serviceWorker(),
    headers(),
  ],
  // A Content-Security-Policy <meta> on every page (see src/integrations/csp-policy.ts).
  security: { csp: CSP },
  devToolbar: { enabled: false },
});
