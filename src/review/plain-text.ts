/**
 * Plain text from the small part of MDX a self-check's explanation uses: **bold**, _emphasis_,
 * [links](…), <Term id="…">words</Term> and <Cite id="…" />. A review card shows text, not markup,
 * and must never carry a tag into the page. Anything else tag-like is dropped rather than shown.
 */
export function mdxToPlainText(source: string): string {
  return source
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[\s(])[_*]([^_*\n]+)[_*](?=[\s.,;:)!?]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
