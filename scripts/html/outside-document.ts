// html-validate parses a page as a tree and quietly accepts markup written after </html> (a page's
// <script> placed after its layout lands there); the W3C checker calls that a stray tag. This finds
// it, so the HTML check fails on it too.

/** What a page has outside its <html> element, as one line per finding (empty when clean). */
export function findMarkupOutsideDocument(html: string): string[] {
  const problems: string[] = [];
  const close = html.search(/<\/html\s*>/i);
  if (close === -1) return ['no </html> end tag'];
  const after = html.slice(close).replace(/^<\/html\s*>/i, '');
  if (after.trim() !== '') problems.push(`markup after </html>: ${preview(after)}`);
  const open = html.search(/<html[\s>]/i);
  const before = open === -1 ? html.slice(0, close) : html.slice(0, open);
  const stray = before.replace(/^\uFEFF?\s*(<!doctype html>)?\s*/i, '').replace(/<!--[\s\S]*?-->/g, '');
  if (stray.trim() !== '') problems.push(`markup before <html>: ${preview(stray)}`);
  return problems;
}

function preview(text: string): string {
  const one = text.trim().replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 80)}…` : one;
}
