/**
 * The clinical-reasoning rules: a finding vocabulary, a triage decision, likely-source ranking,
 * the red-flag card and a case parser. Pure data and functions, no Astro or DOM, so the checker
 * UI, the quizzes, the card page, the lessons and the CLI all decide and say things the same way.
 */
export {
  CAUDA_EQUINA_SIGNS,
  FINDINGS,
  FINDING_IDS,
  canonicalFindings,
  findingsAtLevel,
  getFinding,
  isFindingId,
  type Escalation,
  type Finding,
  type FindingGroup,
  type FindingId,
  type FindingLevel,
  type SignId,
} from './findings.ts';
export { levelInCase, possibleLevels, type LevelInCase } from './levels.ts';
export { SOURCES, SOURCE_IDS, getSource, type Source, type SourceId } from './sources.ts';
export { findingsAgainst, sourcesFor } from './source-weights.ts';
export { SYSTEMIC_FLAGS, type RankedSource } from './rank-sources.ts';
export { PRECAUTIONS, type Precaution, type PrecautionId } from './precautions.ts';
export { RULE_IDS, type Because, type FiredRule, type RuleId, type RuleLevel, type SessionRuleId, type SignRuleId } from './rules.ts';
export { URGENCY, URGENCY_LEVELS, moreUrgent, urgencyRank, type SignLevel, type Urgency, type UrgencyInfo } from './urgency.ts';
export {
  MAX_SESSIONS,
  REFER_AFTER_SESSIONS,
  REVIEW_AFTER_SESSIONS,
  noImprovementPhrase,
  parseSessionCount,
  sessionRuleSentence,
  sessionsPhrase,
  type SessionCountParse,
} from './sessions.ts';
export { STANDARD_IDS, type StandardId } from './standards.ts';
export type { Advice } from './advice.ts';
export { decidingRules, triage, type Case, type TriageResult } from './triage.ts';
export { parseCase, type ParseResult } from './parse-case.ts';
export { printable, quote } from './safe-text.ts';
export { escalationNote, redFlagCard, signsAtLevel, type RedFlagCard, type RedFlagCardGroup, type RedFlagCardSign } from './card.ts';
export { joinPhrases, listLabels, lowerFirst, upperFirst } from './wording.ts';
export { LESSON_SECTIONS, isLessonLink, lessonHeading, type LabelledLessonLink, type LessonId, type LessonLink } from './lessons.ts';
