/**
 * Untrusted text inside a one-line message (the CLI's stderr, the checker's notices). Control
 * characters, line and paragraph separators and bidirectional overrides are shown as \u escapes,
 * so a hostile value cannot clear a terminal, split the line or disguise itself (for example a
 * file holding ESC[2J, or a name with a right-to-left override).
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;

function escapeUnit(ch: string): string {
  return Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}

/** The text with every unsafe character escaped, cut to `max` characters with an ellipsis. */
export function printable(text: string, max = 200): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return short.replace(UNSAFE, escapeUnit);
}

/** A caller's string JSON-quoted for a message: line breaks show as \n, unsafe characters escaped, cut short. */
export function quote(text: string, max = 48): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(short).replace(UNSAFE, escapeUnit);
}
