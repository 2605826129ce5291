// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import serviceWorker from './src/integrations/service-worker.ts';
import headers from './src/integrations/headers.ts';

// The site is plain files for any static host. SITE_URL only shapes the absolute addresses in the
// sitemap and Open Graph tags; set it to the address you deploy to.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://sciatic-atlas.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    react(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // After the others: they read the finished build (offline copy, host headers).
    serviceWorker(),
    headers(),
  ],
  devToolbar: { enabled: false },
});
