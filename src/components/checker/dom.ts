/**
 * A small element builder for the checker's decision, which is drawn in the browser from the rules'
 * result: text goes in as text nodes (never as HTML), so nothing in a finding's wording can inject
 * markup. Trusted markup comes only from the <template> the server rendered (the level icons).
 */
type Child = Node | string | false | null | undefined;

export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}
