// Completes dist/_headers (copied from public/_headers) for hosts that read one (Netlify,
// Cloudflare Pages): the pages' Content-Security-Policy as a header, with frame-ancestors (which
// a <meta> policy cannot set), and a no-cache rule for each HTML page so readers see a new deploy.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatPolicy, parsePolicy, policyOfPage, unionPolicies } from './csp.ts';
import { listFiles, urlForFile } from './built-files.ts';

/** What only a header can say: no other site may frame these pages. */
const HEADER_ONLY = "frame-ancestors 'none'";

export function completeHeaders(distDir: string, handWritten: string): string {
  const pages = listFiles(distDir).filter((file) => file.endsWith('.html')).sort();
  const policies = pages.flatMap((file) => policyOfPage(readFileSync(join(distDir, file), 'utf8')) ?? []);
  const policy = unionPolicies([...policies.map(parsePolicy), parsePolicy(HEADER_ONLY)]);
  const lines = [
    handWritten.trimEnd(),
    '',
    '# Added by the build (src/integrations/headers.ts).',
    '/*',
    `  Content-Security-Policy: ${formatPolicy(policy)}`,
    ...pages.flatMap((file) => [urlForFile(file), '  Cache-Control: no-cache']),
  ];
  return `${lines.join('\n')}\n`;
}

export default function headers(): AstroIntegration {
  return {
    name: 'sciatic-atlas:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const file = join(distDir, '_headers');
        const handWritten = existsSync(file) ? readFileSync(file, 'utf8') : '';
        writeFileSync(file, completeHeaders(distDir, handWritten));
        logger.info('_headers completed with the pages’ Content-Security-Policy and no-cache for HTML');
      },
    },
  };
}
