import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPolicy, parsePolicy, policyOfPage, unionPolicies } from '../../../src/integrations/csp.ts';
import { completeHeaders } from '../../../src/integrations/headers.ts';

const meta = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy.replaceAll("'", '&#39;')}"></head>`;

describe('Content-Security-Policy strings', () => {
  it('reads a page policy from its meta tag', () => {
    expect(policyOfPage(meta("script-src 'self' 'sha256-a'"))).toBe("script-src 'self' 'sha256-a'");
    expect(policyOfPage('<meta name="description" content="x">')).toBeUndefined();
  });

  it('combines page policies so the header allows what any page allows, and nothing more', () => {
    const union = unionPolicies([
      parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'"),
      parsePolicy("default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-s'"),
    ]);
    expect(formatPolicy(union)).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'");
  });

  it('keeps the first of a repeated directive, as browsers do', () => {
    expect(parsePolicy("img-src 'self'; img-src *").get('img-src')).toEqual(["'self'"]);
  });
});

describe('_headers completed by the build', () => {
  it('adds the pages’ policy with frame-ancestors, and no-cache for every page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    const files = {
      'index.html': meta("default-src 'self'; script-src 'self' 'sha256-a'"),
      'lessons/a/index.html': meta("default-src 'self'; script-src 'self' 'sha256-b'"),
      '404.html': meta("default-src 'self'; script-src 'self'"),
      '_astro/x.js': '',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const text = completeHeaders(dir, '/*\n  X-Content-Type-Options: nosniff\n');
    expect(text).toContain('/*\n  X-Content-Type-Options: nosniff\n');
    expect(text).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'\n");
    for (const page of ['/', '/lessons/a/', '/404.html']) expect(text).toContain(`\n${page}\n  Cache-Control: no-cache\n`);
    expect(text).not.toContain('/_astro/x.js');
  });
});
