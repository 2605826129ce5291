// Gives a lesson's Markdown table a caption. GitHub-flavoured Markdown has no syntax for one, so a
// lesson writes it as a paragraph right before the table, starting "Table: " (Pandoc's convention):
//
//   Table: Where the nerve can be pressed, and what each site means for your work
//
//   | Site | ... |
//
// This mdast plugin (Sätteri, like remark-known-ids.ts) removes that paragraph and hands its text to
// the table as `data-caption`, which src/components/lesson/Table.astro renders as the <caption> and
// uses to name the table's scrolling box, so a screen reader tells the lesson's tables apart.
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';

export const CAPTION_PREFIX = 'Table: ';

/** The caption a paragraph's text declares, or undefined when it is an ordinary paragraph. */
export function captionFrom(text: string): string | undefined {
  if (!text.startsWith(CAPTION_PREFIX)) return undefined;
  const caption = text.slice(CAPTION_PREFIX.length).trim();
  return caption === '' ? undefined : caption;
}

export function remarkTableCaptions(): () => MdastPluginDefinition {
  return () =>
    defineMdastPlugin({
      name: 'sciatic-atlas:table-captions',
      table: (node, ctx) => {
        const index = ctx.indexOf(node);
        const before = index === undefined || index === 0 ? undefined : ctx.parent(node).children[index - 1];
        if (before?.type !== 'paragraph') return;
        const caption = captionFrom(ctx.textContent(before));
        if (caption === undefined) return;
        // hProperties become the element's attributes (mdast's own Data type does not declare them).
        const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
        ctx.setProperty(node, 'data', { ...data, hProperties: { ...data.hProperties, dataCaption: caption } });
        ctx.removeNode(before);
      },
    });
}
