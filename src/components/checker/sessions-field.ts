/**
 * The checker's sessions field: empty means "not tracked"; anything else goes through the rules'
 * one session-count validator (parseSessionCount), and a refusal quotes the input safely (printable
 * escapes control and direction-changing characters) in a short message.
 */
import { parseSessionCount, printable } from '../../rules/index.ts';

export type SessionsField = { ok: true; value: number | undefined } | { ok: false; error: string };

export function readSessionsField(text: string): SessionsField {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const parsed = parseSessionCount(trimmed, { text: true });
  if (parsed.ok) return parsed;
  // Escapes can make the echo longer than the input: keep the message short either way.
  const shown = printable(trimmed, 20);
  const echo = shown.length > 24 ? `${shown.slice(0, 24)}…` : shown;
  return { ok: false, error: `“${echo}” is not a session count: it ${parsed.error}.` };
}
