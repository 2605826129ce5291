import { describe, expect, it } from 'vitest';
import { findMarkupOutsideDocument } from '../../../scripts/html/outside-document.ts';

const html = (body: string) => `<html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const page = (body: string) => `<!doctype html>${html(body)}`;

describe('findMarkupOutsideDocument', () => {
  it('accepts a page whose scripts are inside it', () => {
    expect(findMarkupOutsideDocument(page('<main></main><script type="module" src="/a.js"></script>'))).toEqual([]);
    expect(findMarkupOutsideDocument(`\uFEFF<!DOCTYPE html>\n<!-- built -->\n${html('')}\n`)).toEqual([]);
  });

  it('reports a script written after </html>, as a layout-wrapped page produces', () => {
    const problems = findMarkupOutsideDocument(`${page('<main></main>')}<script type="module" src="/_astro/x.js"></script>`);
    expect(problems).toEqual(['markup after </html>: <script type="module" src="/_astro/x.js"></script>']);
  });

  it('reports markup before <html> and a missing end tag', () => {
    expect(findMarkupOutsideDocument(`<!doctype html><p>stray</p>${html('')}`)).toEqual(['markup before <html>: <p>stray</p>']);
    expect(findMarkupOutsideDocument('<!doctype html><html><body>')).toEqual(['no </html> end tag']);
  });
});
