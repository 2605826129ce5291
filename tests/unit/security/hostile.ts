import fc from 'fast-check';

/** At least this many random inputs per parser (issue 8). */
export const RUNS = { numRuns: 600 };

/** Inputs written to hurt: markup, script URLs, encodings, prototype keys, huge and odd strings. */
const PAYLOADS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", 'javascript:alert(1)',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%E0%A4%A', '%', '%%', '&amp;lt;b&amp;gt;', '__proto__', 'constructor', 'prototype',
  '{"__proto__":{"polluted":true}}', 'null', 'undefined', 'NaN', '-0', '1e309', '0x10', '٣', '１２', '\u0000', '\u202Edark',
  '\uD800', 'dark\u200B', ' light ', 'LIGHT', 'a'.repeat(100_000), '\r\n\t', '<!--', ']]>', '${7*7}', '{{7*7}}',
];

/** Any string a link or a storage slot could hold, hostile ones overrepresented. */
export const hostileString = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.json(),
  fc.tuple(fc.constantFrom(...PAYLOADS), fc.string()).map(([a, b]) => a + b),
);

/** Percent-encodes like a browser does: a lone surrogate becomes U+FFFD instead of throwing. */
export const encode = (text: string) => encodeURIComponent(text.toWellFormed());

/** A query string (`location.search`) built from hostile keys and values, with or without "?". */
export const hostileSearch = fc.oneof(
  hostileString,
  fc.tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom('q', 'a', 'case', 'theme', '__proto__'), hostileString), hostileString), { maxLength: 6 }),
    fc.boolean(),
  ).map(([question, pairs, encoded]) => `${question ? '?' : ''}${pairs
    .map(([k, v]) => (encoded ? `${encode(k)}=${encode(v)}` : `${k}=${v}`)).join('&')}`),
);

/** True when a string could be read as markup if someone ever wrote it into HTML. */
export const looksLikeMarkup = (text: string) => /<[a-z!/?]/i.test(text);
