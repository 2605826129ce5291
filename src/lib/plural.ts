/**
 * English counts for messages, chosen by Intl.PluralRules rather than `n === 1` tests:
 *
 *   countOf(1, 'case')                  // "1 case"
 *   countOf(3, 'entry', 'entries')      // "3 entries"
 *   pluralWord(2, 'case is', 'cases are') // "cases are"
 */
const rules = new Intl.PluralRules('en-GB');

/** The word (or phrase) for a count: `one` for 1, `other` for every other count. */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/** The count and its word: "1 case", "3 cases". */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count} ${pluralWord(count, one, other)}`;
}
