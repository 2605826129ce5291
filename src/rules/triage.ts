import { buildAdvice, type Advice } from './advice.ts';
import { canonicalFindings, type FindingId } from './findings.ts';
import { rankSources, type RankedSource } from './rank-sources.ts';
import { fireRules, type FiredRule } from './rules.ts';
import { moreUrgent, type Urgency } from './urgency.ts';

/** One client's presentation, as the checker UI, the quizzes and the CLI record it. */
export interface Case {
  findings: readonly FindingId[];
  /** Sessions so far with no measurable improvement; absent means not tracked yet. */
  sessionsWithoutImprovement?: number;
}

export interface TriageResult {
  urgency: Urgency;
  rules: FiredRule[];
  likelySources: RankedSource[];
  advice: Advice;
}

/** The most urgent level any fired rule carries; review and precaution rules never raise it. */
function urgencyOf(rules: readonly FiredRule[]): Urgency {
  return rules.reduce<Urgency>(
    (worst, rule) => (rule.level === 'review' || rule.level === 'precaution' ? worst : moreUrgent(worst, rule.level)),
    'in-scope',
  );
}

/** The rules that set the urgency: those at the case's level (none when it is within scope). */
export function decidingRules(result: Pick<TriageResult, 'urgency' | 'rules'>): FiredRule[] {
  if (result.urgency === 'in-scope') return [];
  return result.rules.filter((rule) => rule.level === result.urgency);
}

/**
 * Decide what a case calls for and why. Pure and deterministic: the findings are put in canonical
 * form first, so their order and repeats never change the result.
 */
export function triage(input: Case): TriageResult {
  const findings = canonicalFindings(input.findings);
  const sessions = input.sessionsWithoutImprovement;
  const rules = fireRules(findings, sessions);
  const urgency = urgencyOf(rules);
  const likelySources = rankSources(findings);
  return { urgency, rules, likelySources, advice: buildAdvice({ urgency, findings, sessionsWithoutImprovement: sessions, rules, likelySources }) };
}
