import { URGENCY, decidingRules, getFinding, noImprovementPhrase, type FindingId, type FiredRule, type TriageResult, type Urgency } from '../../rules/index.ts';
import { joinList, lowerFirst } from '../wording.ts';

export { decidingRules };

function label(id: FindingId): string {
  return lowerFirst(getFinding(id).label);
}

/** "Urgent (same day, and within 48 hours at most)": a level always travels with its timescale. */
export function levelWithTime(level: Urgency): string {
  const { label: name, timescale } = URGENCY[level];
  return `${name} (${lowerFirst(timescale)})`;
}

/**
 * What made one rule fire, as a phrase: "new numbness in the saddle area", "a recent infection
 * together with fever", "no improvement after 3 sessions, with range of motion and pain unchanged
 * at re-check". A finding raised by a companion names it, so the phrase never claims it is enough alone.
 */
export function ruleReason(rule: FiredRule): string {
  const [first, ...companions] = rule.because.findings;
  const sessions = rule.because.sessionsWithoutImprovement;
  if (sessions !== undefined) {
    const measured = rule.because.findings.map(label);
    return `${noImprovementPhrase(sessions)}${measured.length > 0 ? `, with ${joinList(measured)}` : ''}`;
  }
  if (!first) return '';
  return companions.length > 0 ? `${label(first)} together with ${joinList(companions.map(label))}` : label(first);
}

/**
 * What decides the case, each thing once: "fever and a recent infection", "mild, stable muscle
 * weakness and no improvement after 4 sessions". Companions are left out here because they decide
 * the case on their own too (every escalation's companions are signs at that level).
 */
export function decidingItems(result: TriageResult): string[] {
  const items = decidingRules(result).map((rule) => {
    const sessions = rule.because.sessionsWithoutImprovement;
    return sessions !== undefined ? ruleReason(rule) : label(rule.because.findings[0]!);
  });
  return [...new Set(items)];
}

export function decidingReasons(result: TriageResult): string {
  return joinList(decidingItems(result));
}
