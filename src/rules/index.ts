/**
 * The clinical-reasoning rules: a finding vocabulary, a triage decision, likely-source ranking,
 * the red-flag card and a case parser. Pure data and functions, no Astro or DOM, so the checker
 * UI, the quizzes, the card page and the CLI all decide the same way.
 */
export {
  FINDINGS,
  FINDING_IDS,
  canonicalFindings,
  findingsOfKind,
  getFinding,
  isFindingId,
  type EmergencySignId,
  type Finding,
  type FindingGroup,
  type FindingId,
  type FindingKind,
  type ReferralSignId,
} from './findings.ts';
export { SOURCES, SOURCE_IDS, getSource, type Source, type SourceId } from './sources.ts';
export { SOURCE_WEIGHTS } from './source-weights.ts';
export type { RankedSource } from './rank-sources.ts';
export { PRECAUTIONS, type Precaution, type PrecautionId } from './precautions.ts';
export { RULE_IDS, type Because, type FiredRule, type RuleId, type RuleKind, type SessionRuleId } from './rules.ts';
export { URGENCY, URGENCY_LEVELS, REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS, urgencyRank, type Urgency, type UrgencyInfo } from './urgency.ts';
export type { Advice } from './advice.ts';
export { triage, type Case, type TriageResult } from './triage.ts';
export { parseCase, type ParseResult } from './parse-case.ts';
export { redFlagCard, type RedFlagCard, type RedFlagCardGroup, type RedFlagCardSign } from './card.ts';
export { LESSON_SECTIONS, type LessonId, type LessonLink } from './lessons.ts';
