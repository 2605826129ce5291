// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

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
  ],
  devToolbar: { enabled: false },
});
