/**
 * A small element builder for what scripts draw from data in the browser (the checker's decision,
 * the map's find-it answers and sketch results): text goes in as text nodes (never as HTML), so
 * nothing in a finding's or a root's wording can inject markup. Trusted markup comes only from a
 * <template> the server rendered (the checker's level icons).
 */
type Child = Node | string | false | null | undefined;

export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}
