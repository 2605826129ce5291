import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Dead code by grep, no extra tool: an exported name that no file mentions again (not another
// file, not its own) is code nobody runs. Words are compared whole, so a name that appears in a
// test, a page, a lesson or the config counts as used.
const ROOTS = ['src', 'tests', 'scripts', 'content'];
const CONFIGS = ['astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];
const SOURCE = /\.(ts|tsx|astro|mdx|mjs|js|json|md)$/;
const EXPORT = /^export (?:declare )?(?:async )?(?:const|let|function\*?|type|interface|class|enum) ([A-Za-z_$][\w$]*)/gm;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

describe('dead exports', () => {
  it('has no exported name that nothing uses', () => {
    const all = [...ROOTS.flatMap(files), ...CONFIGS];
    const text = new Map(all.map((file) => [file, readFileSync(file, 'utf8')]));
    // How many times each word occurs, over all files and per file.
    const total = new Map<string, number>();
    const perFile = new Map<string, Map<string, number>>();
    for (const [file, body] of text) {
      const counts = new Map<string, number>();
      for (const [word] of body.matchAll(/[A-Za-z_$][\w$]*/g)) counts.set(word, (counts.get(word) ?? 0) + 1);
      perFile.set(file, counts);
      for (const [word, n] of counts) total.set(word, (total.get(word) ?? 0) + n);
    }
    const unused = [...text]
      .filter(([file]) => file.startsWith('src/'))
      .flatMap(([file, body]) => [...body.matchAll(EXPORT)].map((m) => ({ file, name: m[1]! })))
      .filter(({ name }) => (total.get(name) ?? 0) <= 1)
      .map(({ file, name }) => `${file}: ${name}`);
    expect(unused).toEqual([]);
  });
});
