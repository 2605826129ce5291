// Writes dist/sw.js after the build: the worker in ./sw-source.js, preceded by this build's
// version and precache list, so readers can use the site offline after one visit.
// The page registers it through src/browser/register-sw.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPrecache } from './precache.ts';

const SOURCE = new URL('./sw-source.js', import.meta.url);

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'sciatic-atlas:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const source = readFileSync(SOURCE, 'utf8');
        const { urls, version, bytes } = buildPrecache(distDir, source);
        const header = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(urls, null, 1)};\n`;
        writeFileSync(join(distDir, 'sw.js'), header + source);
        logger.info(`sw.js version ${version}: ${urls.length} files, ${Math.round(bytes / 1024)} KB precached`);
      },
    },
  };
}
