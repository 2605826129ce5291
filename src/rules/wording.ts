import { getFinding, type FindingId } from './findings.ts';

const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Phrases as one list: "a, b and c" (or "a, b or c"). */
export function joinPhrases(phrases: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return (conjunction === 'and' ? AND : OR).format(phrases);
}

/**
 * Finding labels as a phrase for the middle of a sentence: "mild, stable muscle weakness, foot drop
 * and changed reflexes". Labels are written sentence-case for lists and cards, so the first letter
 * is lowered here; no label starts with an abbreviation, which keeps that safe.
 */
export function listLabels(ids: readonly FindingId[], conjunction: 'and' | 'or' = 'and'): string {
  return joinPhrases(ids.map((id) => lowerFirst(getFinding(id).label)), conjunction);
}
