import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../../src/integrations/csp-policy.ts';
import { THEME_SCRIPT } from '../../../src/lib/theme-script.ts';

describe('the Content-Security-Policy config', () => {
  const everySource = [
    ...CSP.directives.flatMap((d) => d.split(/\s+/).slice(1)),
    ...CSP.scriptDirective.resources,
    ...CSP.styleDirective.resources.map((r) => r.resource),
  ];

  it('names no other origin', () => {
    expect(everySource.filter((source) => /^(https?:|\*|\/\/)|\.[a-z]{2,}/i.test(source))).toEqual([]);
  });

  it('runs no inline or eval’d script: only the site’s files, Wasm for search, and hashed inline scripts', () => {
    expect(CSP.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CSP.directives.join(';')).not.toMatch(/unsafe-inline|unsafe-eval'|script-src/);
  });

  it('allows the inline theme script by the hash of its exact text', () => {
    const hash = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
    expect(CSP.scriptDirective.hashes).toEqual([hash]);
  });

  it('allows inline style attributes only, never inline <style> elements', () => {
    const unsafe = CSP.styleDirective.resources.filter((r) => r.resource === "'unsafe-inline'");
    expect(unsafe).toEqual([{ resource: "'unsafe-inline'", kind: 'attribute' }]);
  });
});
