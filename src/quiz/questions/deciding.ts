import { decidingRules, getFinding, noImprovementPhrase, type FiredRule, type TriageResult } from '../../rules/index.ts';
import { joinList, lowerFirst } from '../wording.ts';

export { decidingRules };

/** What made one rule fire, as a phrase: "new numbness in the saddle area", "no improvement after 4 sessions". */
export function ruleReason(rule: FiredRule): string {
  const findings = rule.because.findings.map((id) => lowerFirst(getFinding(id).label));
  const sessions = rule.because.sessionsWithoutImprovement;
  return joinList([...findings, ...(sessions !== undefined ? [noImprovementPhrase(sessions)] : [])]);
}

/** Every deciding reason as one phrase: "mild, stable muscle weakness and no improvement after 4 sessions". */
export function decidingReasons(result: TriageResult): string {
  return joinList(decidingRules(result).map(ruleReason));
}
