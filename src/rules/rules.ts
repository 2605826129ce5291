import { findingsOfKind, getFinding, type EmergencySignId, type FindingId, type ReferralSignId } from './findings.ts';
import type { LessonLink } from './lessons.ts';
import { PRECAUTIONS, type PrecautionId } from './precautions.ts';
import { listLabels } from './wording.ts';
import { REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS } from './urgency.ts';

export type RuleKind = 'emergency' | 'refer' | 'review' | 'precaution';
export type SessionRuleId = 'refer-no-improvement' | 'review-plan';
export type RuleId = `emergency-${EmergencySignId}` | `refer-${ReferralSignId}` | SessionRuleId | PrecautionId;

/** What in the case made a rule fire: never empty, so every rule can show its reason. */
export interface Because {
  findings: FindingId[];
  sessionsWithoutImprovement?: number;
}

export interface FiredRule {
  id: RuleId;
  kind: RuleKind;
  because: Because;
  /** One plain-words sentence saying why the rule fired and what to do. */
  message: string;
  lesson: LessonLink;
}

const SESSION_RULE_LESSON: LessonLink = '/lessons/red-flags-and-referral/#the-session-rule';

/** Every rule id the module can fire, in the order rules are listed in a result. */
export const RULE_IDS: readonly RuleId[] = [
  ...findingsOfKind('emergency').map((f) => `emergency-${f.id}` as RuleId),
  ...findingsOfKind('referral').map((f) => `refer-${f.id}` as RuleId),
  'refer-no-improvement',
  'review-plan',
  ...PRECAUTIONS.map((p) => p.id),
];

function signRule(finding: FindingId): FiredRule {
  const { kind, label, explanation, lesson } = getFinding(finding);
  const emergency = kind === 'emergency';
  return {
    id: `${emergency ? 'emergency' : 'refer'}-${finding}` as RuleId,
    kind: emergency ? 'emergency' : 'refer',
    because: { findings: [finding] },
    message: emergency
      ? `${label}: an emergency sign. ${explanation} Stop the session and send the client to emergency care now.`
      : `${label}: a sign that needs a physician's assessment. ${explanation} Refer, and name this finding in the referral.`,
    lesson,
  };
}

function sessionRules(sessions: number | undefined): FiredRule[] {
  if (sessions === undefined) return [];
  const because = { findings: [], sessionsWithoutImprovement: sessions };
  if (sessions >= REFER_AFTER_SESSIONS) {
    return [{
      id: 'refer-no-improvement',
      kind: 'refer',
      because,
      message: `No improvement after ${sessions} sessions: the plan is not reaching the cause, so refer the client for a physician's assessment.`,
      lesson: SESSION_RULE_LESSON,
    }];
  }
  if (sessions >= REVIEW_AFTER_SESSIONS) {
    return [{
      id: 'review-plan',
      kind: 'review',
      because,
      message: `No improvement after ${sessions} sessions: review and change the plan now, and refer if the next session brings no measurable change.`,
      lesson: SESSION_RULE_LESSON,
    }];
  }
  return [];
}

function precautionRules(findings: readonly FindingId[]): FiredRule[] {
  return PRECAUTIONS.flatMap((precaution) => {
    const present = findings.filter((f) => precaution.findings.includes(f));
    if (present.length === 0) return [];
    return [{
      id: precaution.id,
      kind: 'precaution' as const,
      because: { findings: present },
      message: precaution.message(listLabels(present)),
      lesson: precaution.lesson,
    }];
  });
}

/**
 * Every rule the case fires. `findings` must be canonical. Precautions are left out when an
 * emergency sign is present: the session stops, so advice on how to go on treating would only
 * distract from the one thing to do.
 */
export function fireRules(findings: readonly FindingId[], sessions: number | undefined): FiredRule[] {
  const signs = findings.filter((f) => getFinding(f).kind !== 'clue');
  const emergency = signs.some((f) => getFinding(f).kind === 'emergency');
  return [...signs.map(signRule), ...sessionRules(sessions), ...(emergency ? [] : precautionRules(findings))];
}
