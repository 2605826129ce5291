import { getFinding, type FindingId } from './findings.ts';

/**
 * Finding labels as a phrase for the middle of a sentence: "muscle weakness, foot drop and
 * changed reflexes". Labels are written sentence-case for lists and cards, so the first letter is
 * lowered here; no label starts with an abbreviation, which keeps that safe.
 */
export function listLabels(ids: readonly FindingId[], conjunction: 'and' | 'or' = 'and'): string {
  const labels = ids.map((id) => {
    const label = getFinding(id).label;
    return label.charAt(0).toLowerCase() + label.slice(1);
  });
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} ${conjunction} ${labels.at(-1)}`;
}
