// Runs after the build: validates every HTML page in dist/ with html-validate, plus one structural
// check it lacks (nothing outside <html>). Exits 1 with a readable list when any page fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { listFiles } from '../src/integrations/built-files.ts';
import { findMarkupOutsideDocument } from './html/outside-document.ts';

const distDir = process.argv[2] ?? 'dist';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta />; both spellings are valid HTML.
    'void-style': 'off',
    // React's useId makes ids such as "_r1R_0_-night-pain"; HTML allows any id without spaces.
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes or radios shares one name by design.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit', 'button', 'reset'] }],
    // Spelling preferences, not validity: checked="" and <div role="region"> are valid HTML, and
    // React writes inputMode/autoComplete in camel case (attribute names are case-insensitive).
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'attr-case': 'off',
    'prefer-native-element': 'off',
    // Forms that filter as you choose (the case library, the checker) have no submit button by design.
    'wcag/h32': 'off',
  },
  // Astro writes <style>astro-island{display:contents}</style> beside each island, in the body.
  elements: ['html5', { style: { flow: true } }],
};

const validator = new HtmlValidate(config);
const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));
if (pages.length === 0) {
  console.error(`validate-html: no pages in ${distDir}/; run the build first`);
  process.exit(1);
}

const problems: string[] = [];
for (const page of pages) {
  const html = readFileSync(join(distDir, page), 'utf8');
  for (const finding of findMarkupOutsideDocument(html)) problems.push(`${page}: ${finding}`);
  const report = await validator.validateString(html, page);
  for (const result of report.results) {
    for (const message of result.messages) {
      problems.push(`${page}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
    }
  }
}

if (problems.length > 0) {
  console.error(`${problems.length} HTML problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`HTML: ${pages.length} pages valid (html-validate, nothing outside <html>).`);
