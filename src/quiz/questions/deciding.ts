import { getFinding, type FiredRule, type TriageResult } from '../../rules/index.ts';
import { joinList, lowerFirst } from '../wording.ts';

/**
 * The rules that decide a case's urgency: the emergency rules for an emergency, the referral rules
 * (referral signs and the session rule) for a referral, none when the case is within scope. Review
 * and precaution rules never change the urgency, so they never decide it.
 */
export function decidingRules(result: TriageResult): FiredRule[] {
  if (result.urgency === 'in-scope') return [];
  const kind = result.urgency === 'emergency' ? 'emergency' : 'refer';
  return result.rules.filter((rule) => rule.kind === kind);
}

/** What made one rule fire, as a phrase: "numbness in the saddle area", "no improvement after 4 sessions". */
export function ruleReason(rule: FiredRule): string {
  if (rule.because.findings.length > 0) return joinList(rule.because.findings.map((id) => lowerFirst(getFinding(id).label)));
  const sessions = rule.because.sessionsWithoutImprovement ?? 0;
  return `no improvement after ${sessions} session${sessions === 1 ? '' : 's'}`;
}

/** Every deciding reason as one phrase: "muscle weakness and no improvement after 4 sessions". */
export function decidingReasons(result: TriageResult): string {
  return joinList(decidingRules(result).map(ruleReason));
}
