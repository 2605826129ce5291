import { buildAdvice, type Advice } from './advice.ts';
import { canonicalFindings, getFinding, type FindingId } from './findings.ts';
import { rankSources, type RankedSource } from './rank-sources.ts';
import { fireRules, type FiredRule } from './rules.ts';
import { REFER_AFTER_SESSIONS, type Urgency } from './urgency.ts';

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

function urgencyOf(findings: readonly FindingId[], sessions: number | undefined): Urgency {
  const kinds = new Set(findings.map((f) => getFinding(f).kind));
  if (kinds.has('emergency')) return 'emergency';
  if (kinds.has('referral') || (sessions !== undefined && sessions >= REFER_AFTER_SESSIONS)) return 'refer';
  return 'in-scope';
}

/**
 * Decide what a case calls for and why. Pure and deterministic: the findings are put in canonical
 * form first, so their order and repeats never change the result.
 */
export function triage(input: Case): TriageResult {
  const findings = canonicalFindings(input.findings);
  const sessions = input.sessionsWithoutImprovement;
  const urgency = urgencyOf(findings, sessions);
  const rules = fireRules(findings, sessions);
  const likelySources = rankSources(findings);
  return { urgency, rules, likelySources, advice: buildAdvice({ urgency, findings, sessionsWithoutImprovement: sessions, rules, likelySources }) };
}
