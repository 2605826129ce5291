/** Text made safe for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A fragment safe inside an id attribute and a CSS selector: letters, digits, - and _ only. */
export function idSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** A link target that can only be a same-site path: anything else (javascript:, //host) becomes "#". */
export function safeHref(href: string): string {
  return /^\/(?!\/)[A-Za-z0-9/_#.-]*$/.test(href) ? href : '#';
}
