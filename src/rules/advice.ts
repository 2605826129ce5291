import { CAUDA_EQUINA_SIGNS, type FindingId } from './findings.ts';
import type { RankedSource } from './rank-sources.ts';
import type { FiredRule } from './rules.ts';
import { getSource } from './sources.ts';
import { REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS, noImprovementPhrase } from './sessions.ts';
import { URGENCY, type Urgency } from './urgency.ts';
import { joinPhrases, listLabels, upperFirst } from './wording.ts';

export interface Advice {
  summary: string;
  /** The level's one answer to "may I keep treating?" (URGENCY[urgency].treating). */
  treating: string;
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
 * Wording: massage therapists do not diagnose, so the advice says what findings "can point to" or
 * are "consistent with" and what to do, never what the client has.
 */

/** GIRFT asks that everyone with sciatica is told the cauda equina warning signs (safety-netting). */
const SAFETY_NET =
  `Give the client the cauda equina warning signs to take home (${listLabels(CAUDA_EQUINA_SIGNS, 'or')}) ` +
  'and tell them to go to an emergency department at once, day or night, if any appear.';
const RECHECK = `Note where you start (pain score, range of motion) and re-check at every session; if nothing has changed after ${REVIEW_AFTER_SESSIONS} sessions, review the plan, and refer after ${REFER_AFTER_SESSIONS} or sooner if the measures are unchanged.`;
const STOP_IF_WORSE = 'Stop and refer if anything worsens or a new sign appears, such as weakness, spreading numbness, or bladder or bowel changes.';

/** What an emergency sign can point to, in words a client can be told. */
function emergencyConcern(signs: readonly FindingId[]): string {
  const concerns = [
    ...(signs.some((f) => CAUDA_EQUINA_SIGNS.includes(f) || f === 'sexual-dysfunction') ? ['pressure on the nerve roots at the base of the spine (cauda equina syndrome)'] : []),
    ...(signs.includes('widespread-neurology') ? ['pressure on the spinal cord'] : []),
    ...(signs.includes('pulsatile-abdominal-mass') ? ['a swollen main artery in the abdomen (an aortic aneurysm)'] : []),
  ];
  return joinPhrases(concerns, 'or');
}

function signsAt(rules: readonly FiredRule[], level: Urgency): FindingId[] {
  return rules.filter((r) => r.level === level && r.id !== 'refer-no-improvement').map((r) => r.because.findings[0]!);
}

function emergencyAdvice({ rules, findings }: AdviceInput): Advice {
  const signs = signsAt(rules, 'emergency');
  const others = findings.filter((f) => !signs.includes(f) && rules.some((r) => r.because.findings[0] === f && r.level !== 'precaution'));
  return {
    summary: `${URGENCY.emergency.action} ${upperFirst(listLabels(signs))} can point to ${emergencyConcern(signs)}.`,
    treating: URGENCY.emergency.treating,
    steps: [
      URGENCY.emergency.treating,
      'Tell the client plainly that these signs need emergency medical care now, and help them get to an emergency department or call emergency services.',
      ...(signs.includes('pulsatile-abdominal-mass') ? ['Do not press on the abdomen or the lump.'] : []),
      'Do not wait to see whether the symptoms settle: early treatment can prevent permanent harm.',
      `Write down what you found (${listLabels([...signs, ...others])}) and when it began, and send it with the client.`,
    ],
  };
}

function urgentAdvice({ rules }: AdviceInput): Advice {
  const signs = signsAt(rules, 'urgent');
  return {
    summary: `${URGENCY.urgent.action} Reason: ${listLabels(signs)}.`,
    treating: URGENCY.urgent.treating,
    steps: [
      URGENCY.urgent.treating,
      `Explain why: with ${listLabels(signs)}, the cause may be one that massage cannot address (a nerve losing function, an infection, a fracture or a cancer), and a doctor needs to look for it soon.`,
      'If the client cannot be seen within 48 hours, or gets worse while waiting, they should go to urgent care or an emergency department.',
      `Write down what you found (${listLabels(signs)}), when each began and whether it is changing, and give it to the client for the doctor.`,
      SAFETY_NET,
    ],
  };
}

function referAdvice({ rules, sessionsWithoutImprovement: sessions }: AdviceInput): Advice {
  const signs = signsAt(rules, 'refer');
  const noImprovement = rules.some((r) => r.id === 'refer-no-improvement');
  const reasons = joinPhrases([
    ...(signs.length > 0 ? [listLabels(signs)] : []),
    ...(noImprovement && sessions !== undefined ? [noImprovementPhrase(sessions)] : []),
  ]);
  return {
    summary: `${URGENCY.refer.action} Reason: ${reasons}.`,
    treating: URGENCY.refer.treating,
    steps: [
      `Document what you found: ${reasons}, with when each began and whether it is changing.`,
      'Communicate it clearly in your referral: what you found, how you checked it, and why you are referring.',
      "Explain to the client why a physician should assess these signs, and that this is a routine appointment, not an emergency.",
      URGENCY.refer.treating,
      'If weakness, foot drop or a fever appear, or the pain becomes severe, arrange a same-day assessment instead.',
      SAFETY_NET,
    ],
  };
}

function inScopeAdvice({ rules, likelySources }: AdviceInput): Advice {
  const [top, ...others] = likelySources;
  const summary = top
    ? `Within massage scope, with precautions: the findings are most consistent with ${top.label.toLowerCase()} as the source` +
      (others.length > 0 ? `, then ${joinPhrases(others.map((s) => s.label.toLowerCase()))}.` : '.')
    : 'Within massage scope: no red flag or referral sign is recorded. Treat with care and watch for change.';
  const fromRules = rules.filter((r) => r.id === 'precaution-stop-reproducing-technique' || r.id === 'review-plan').map((r) => r.message);
  return {
    summary,
    treating: URGENCY['in-scope'].treating,
    steps: [
      ...fromRules,
      ...likelySources.map((s) => getSource(s.id).approach),
      'Begin with broad strokes and check in often that your pressure brings on no nerve symptoms.',
      RECHECK,
      STOP_IF_WORSE,
      SAFETY_NET,
    ],
  };
}

export function buildAdvice(input: AdviceInput): Advice {
  if (input.urgency === 'emergency') return emergencyAdvice(input);
  if (input.urgency === 'urgent') return urgentAdvice(input);
  if (input.urgency === 'refer') return referAdvice(input);
  return inScopeAdvice(input);
}
