import { FINDINGS, getFinding, type FindingId, type SignId } from './findings.ts';
import type { LessonLink } from './lessons.ts';
import { levelInCase, possibleLevels } from './levels.ts';
import { PRECAUTIONS, type PrecautionId } from './precautions.ts';
import { REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS, noImprovementPhrase } from './sessions.ts';
import { URGENCY, type SignLevel } from './urgency.ts';
import { listLabels, upperFirst } from './wording.ts';

export type RuleLevel = SignLevel | 'review' | 'precaution';
export type SessionRuleId = 'refer-no-improvement' | 'review-plan';
export type SignRuleId = `${SignLevel}-${SignId}`;
export type RuleId = SignRuleId | SessionRuleId | PrecautionId;

/** What in the case made a rule fire: never empty, so every rule can show its reason. */
export interface Because {
  findings: FindingId[];
  sessionsWithoutImprovement?: number;
}

export interface FiredRule {
  id: RuleId;
  level: RuleLevel;
  because: Because;
  /** One plain-words sentence saying why the rule fired and what to do. */
  message: string;
  lesson: LessonLink;
}

const SESSION_RULE_LESSON: LessonLink = '/lessons/red-flags-and-referral/#the-session-rule';
const UNCHANGED: FindingId = 'objective-measures-unchanged';

/** Every rule id the module can fire, in the order rules are listed in a result. */
export const RULE_IDS: readonly RuleId[] = [
  ...FINDINGS.flatMap((f) => possibleLevels(f.id).map((level) => `${level}-${f.id}` as RuleId)),
  'refer-no-improvement',
  'review-plan',
  ...PRECAUTIONS.map((p) => p.id),
];

const WHAT_IT_NEEDS: Readonly<Record<SignLevel, string>> = {
  emergency: 'needs emergency care now',
  urgent: 'needs a medical assessment the same day',
  refer: "needs a physician's assessment",
};

function signRule(finding: FindingId, present: readonly FindingId[]): FiredRule | undefined {
  const { level, raisedBy } = levelInCase(finding, present);
  if (level === 'clue') return undefined;
  const { label, explanation, lesson } = getFinding(finding);
  const subject = raisedBy.length > 0 ? `${label}, together with ${listLabels(raisedBy)}` : label;
  const todo = level === 'refer' ? 'Refer, and name this finding in the referral.' : URGENCY[level].action;
  return {
    id: `${level}-${finding}` as RuleId,
    level,
    because: { findings: [finding, ...raisedBy] },
    message: `${subject}: ${WHAT_IT_NEEDS[level]}. ${explanation} ${todo}`,
    lesson,
  };
}

function sessionRules(findings: readonly FindingId[], sessions: number | undefined): FiredRule[] {
  if (sessions === undefined || sessions < REVIEW_AFTER_SESSIONS) return [];
  const unchanged = findings.includes(UNCHANGED);
  if (sessions >= REFER_AFTER_SESSIONS || unchanged) {
    const measured = sessions < REFER_AFTER_SESSIONS;
    return [{
      id: 'refer-no-improvement',
      level: 'refer',
      because: { findings: measured ? [UNCHANGED] : [], sessionsWithoutImprovement: sessions },
      message: measured
        ? `${upperFirst(noImprovementPhrase(sessions))}, with range of motion and pain scores unchanged at the re-check: the plan is not reaching the cause, so refer the client for a physician's assessment.`
        : `${upperFirst(noImprovementPhrase(sessions))}: the plan is not reaching the cause, so refer the client for a physician's assessment.`,
      lesson: SESSION_RULE_LESSON,
    }];
  }
  return [{
    id: 'review-plan',
    level: 'review',
    because: { findings: [], sessionsWithoutImprovement: sessions },
    message: `${upperFirst(noImprovementPhrase(sessions))}: review and change the plan now, and refer if the re-check shows range of motion and pain scores unchanged or the next session brings no measurable change.`,
    lesson: SESSION_RULE_LESSON,
  }];
}

function precautionRules(findings: readonly FindingId[]): FiredRule[] {
  return PRECAUTIONS.flatMap((precaution) => {
    const present = findings.filter((f) => precaution.findings.includes(f));
    if (present.length === 0) return [];
    return [{
      id: precaution.id,
      level: 'precaution' as const,
      because: { findings: present },
      message: precaution.message(listLabels(present)),
      lesson: precaution.lesson,
    }];
  });
}

/**
 * Every rule the case fires. `findings` must be canonical. Precautions are left out when a sign
 * at the emergency or urgent level is present: there is no massage until a doctor has seen the
 * client, so advice on how to go on treating would only distract from the one thing to do.
 */
export function fireRules(findings: readonly FindingId[], sessions: number | undefined): FiredRule[] {
  const signs = findings.flatMap((f) => signRule(f, findings) ?? []);
  const noMassage = signs.some((rule) => rule.level === 'emergency' || rule.level === 'urgent');
  return [...signs, ...sessionRules(findings, sessions), ...(noMassage ? [] : precautionRules(findings))];
}
