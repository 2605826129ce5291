import { findingsOfKind, getFinding, type FindingId } from './findings.ts';
import type { RankedSource } from './rank-sources.ts';
import type { FiredRule } from './rules.ts';
import { getSource } from './sources.ts';
import { REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS, type Urgency } from './urgency.ts';
import { listLabels } from './wording.ts';

export interface Advice {
  summary: string;
  steps: string[];
}

export interface AdviceInput {
  urgency: Urgency;
  findings: readonly FindingId[];
  sessionsWithoutImprovement: number | undefined;
  rules: readonly FiredRule[];
  likelySources: readonly RankedSource[];
}

/*
 * Wording: massage therapists do not diagnose, so the advice says what findings "point to" or are
 * "consistent with" and what to do, never what the client has.
 */

const EMERGENCY_LABELS = listLabels(findingsOfKind('emergency').map((f) => f.id), 'or');
const RECHECK = `Note where you start (pain level, range of motion) and re-check within ${REVIEW_AFTER_SESSIONS} to ${REFER_AFTER_SESSIONS} sessions; if nothing has changed, change the plan or refer.`;
const STOP_IF_WORSE = 'Stop and refer if anything worsens or a new sign appears, such as weakness, spreading numbness, or bladder or bowel changes.';

function ofKind(findings: readonly FindingId[], kind: 'emergency' | 'referral'): FindingId[] {
  return findings.filter((f) => getFinding(f).kind === kind);
}

function emergencyAdvice({ findings }: AdviceInput): Advice {
  const signs = ofKind(findings, 'emergency');
  const toNote = [...signs, ...ofKind(findings, 'referral')];
  return {
    summary: `Stop the session and send the client to emergency care now: ${listLabels(signs)} can point to pressure on the nerve roots at the base of the spine (cauda equina syndrome).`,
    steps: [
      'Stop the session now; do not continue the treatment.',
      'Tell the client plainly that these signs need emergency medical care today, and help them get to an emergency department or call emergency services.',
      'Do not wait to see whether the symptoms settle: early treatment can prevent permanent nerve damage.',
      `Write down what you found (${listLabels(toNote)}) and when it began, and send it with the client.`,
    ],
  };
}

function referAdvice({ findings, sessionsWithoutImprovement: sessions }: AdviceInput): Advice {
  const signs = ofKind(findings, 'referral');
  const reasons = [
    ...(signs.length > 0 ? [listLabels(signs)] : []),
    ...(sessions !== undefined && sessions >= REFER_AFTER_SESSIONS ? [`no improvement after ${sessions} sessions`] : []),
  ].join(', and ');
  return {
    summary: `Refer the client for a physician's assessment because of ${reasons}.`,
    steps: [
      `Document what you found: ${reasons}, with when each began and whether it is changing.`,
      'Communicate it clearly in your referral: what you found, how you checked it, and why you are referring.',
      'Explain to the client why a physician needs to assess these signs before massage can be relied on.',
      'Until the client has been assessed, keep any massage gentle and stop if it brings on or increases nerve symptoms.',
      `If ${EMERGENCY_LABELS} appear, send the client to emergency care at once.`,
    ],
  };
}

function inScopeAdvice({ rules, likelySources }: AdviceInput): Advice {
  const [top, ...others] = likelySources;
  const summary = top
    ? `Within massage scope, with precautions: the findings are most consistent with ${top.label.toLowerCase()} as the source` +
      (others.length > 0 ? `, then ${others.map((s) => s.label.toLowerCase()).join(', ')}.` : '.')
    : 'Within massage scope: no red flag or referral sign is recorded. Treat with care and watch for change.';
  const fromRules = rules.filter((r) => r.id === 'precaution-stop-reproducing-technique' || r.id === 'review-plan').map((r) => r.message);
  return {
    summary,
    steps: [
      ...fromRules,
      ...likelySources.map((s) => getSource(s.id).approach),
      'Begin with broad strokes and check in often that your pressure brings on no nerve symptoms.',
      RECHECK,
      STOP_IF_WORSE,
    ],
  };
}

export function buildAdvice(input: AdviceInput): Advice {
  if (input.urgency === 'emergency') return emergencyAdvice(input);
  if (input.urgency === 'refer') return referAdvice(input);
  return inScopeAdvice(input);
}
