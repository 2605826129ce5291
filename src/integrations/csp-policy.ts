// The site's Content-Security-Policy, for Astro's `security.csp` (astro.config.mjs). Astro writes it
// into a <meta> tag on every page with the hashes of the scripts and styles it bundled; the build
// also copies it into dist/_headers (./headers.ts). Nothing here names another origin: the site
// loads everything from itself.
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { THEME_SCRIPT } from '../lib/theme-script.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

export const CSP = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: {
    // No 'unsafe-inline', no 'unsafe-eval': Astro hashes its own inline scripts; Pagefind's search
    // index is WebAssembly, which needs 'wasm-unsafe-eval' (it allows compiling Wasm, not eval).
    resources: ["'self'", "'wasm-unsafe-eval'"],
    // The theme script in the head is `is:inline`, which Astro does not hash.
    hashes: [sha256(THEME_SCRIPT)],
  },
  styleDirective: {
    resources: [
      // Stylesheets and <style> elements: the site's own files and Astro's hashed inline styles.
      { resource: "'self'", kind: 'element' },
      // style="" attributes: the 3D viewer's fiber canvas renders its size as a style attribute, which
      // a strict policy would drop. An attribute cannot run script, and with
      // img-src, font-src and connect-src limited to 'self', CSS in one cannot send data away.
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ],
  },
} satisfies CspConfig;
