/**
 * Which characters a title, a name or an authored case may not hold. Only what is unsafe: control
 * characters, lone surrogates (not text at all), line and paragraph separators (they break a line
 * where none is shown), the bidirectional overrides and isolates (they can make text display in an
 * order other than the one stored, the "Trojan Source" trick), interlinear annotation marks and
 * noncharacters. Everything else a language or an emoji needs stays: zero-width joiner and
 * non-joiner (👩‍⚕️, Persian, Devanagari), left-to-right and right-to-left marks, variation
 * selectors, emoji tag sequences.
 */
const UNSAFE = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB\p{Noncharacter_Code_Point}]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/** The text with every unsafe character removed (a last guard; callers report them first). */
export function withoutUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_ALL, '');
}

/** How the unsafe characters are named in a message: "U+202E" each, at most five. */
export function unsafeCharacterCodes(text: string): string[] {
  const codes = [...new Set([...text.matchAll(UNSAFE_ALL)].map((m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
  return codes.slice(0, 5);
}

/** The message for a field that holds unsafe characters, naming the field and the characters. */
export function unsafeCharacterMessage(field: string, text: string): string {
  return `The ${field} contains a control or text-direction character that cannot be kept (${unsafeCharacterCodes(text).join(', ')}). Letters, emoji and joiners of every script are fine; retype the ${field} without it.`;
}
