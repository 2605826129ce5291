import {
  FINDINGS,
  REFER_AFTER_SESSIONS,
  REVIEW_AFTER_SESSIONS,
  URGENCY,
  URGENCY_LEVELS,
  levelInCase,
  sessionsPhrase,
  urgencyRank,
  type FindingId,
  type Urgency,
} from '../../rules/index.ts';
import type { QuizOption, QuizQuestion } from '../types.ts';
import { joinList, lowerFirst, upperFirst } from '../wording.ts';
import { questionId, type QuizContext } from './context.ts';
import { decidingReasons, decidingRules, levelWithTime, ruleReason } from './deciding.ts';

/*
 * "How urgent is this?" All four levels are always offered, in the ladder's own order (most
 * urgent first), because the order itself teaches: a shuffled ladder would hide that each level
 * outranks the next. The key and every sentence come from triage() and the URGENCY table, and
 * every feedback names the key's level and its timescale.
 */

/** Why nothing refers a case: no sign, and a session count below the rule. */
function whyNotRefer(sessions: number | undefined): string {
  if (sessions === undefined || sessions === 0) return 'No red flag or referral sign is recorded in this case.';
  const rule =
    sessions >= REVIEW_AFTER_SESSIONS
      ? `${sessionsPhrase(sessions)} without improvement call for a review of the plan; the session rule refers after ${REFER_AFTER_SESSIONS}, or after ${REVIEW_AFTER_SESSIONS} when range of motion and pain scores are unchanged at the re-check, which the case does not report.`
      : `${sessionsPhrase(sessions)} without improvement ${sessions === 1 ? 'is' : 'are'} fewer than the ${REVIEW_AFTER_SESSIONS} after which the session rule asks for a review.`;
  return `No red flag or referral sign is recorded in this case, and ${rule}`;
}

/** What a more urgent level would have needed, said when a learner over-triages. */
const WOULD_NEED: Readonly<Record<Urgency, string>> = {
  emergency: 'a sign of cauda equina or spinal cord compression, or a vascular emergency',
  urgent: 'a sign that needs a doctor the same day (such as foot drop, fever or a history of cancer)',
  refer: 'a referral sign or the session rule',
  'in-scope': 'nothing',
};

/**
 * Findings in the case that reach `level` only with a companion the case lacks: "new sexual
 * dysfunction would put the case at Emergency together with any other cauda equina sign". Said to a learner
 * who over-triages, because these are exactly the findings that tempt the higher answer.
 */
function unmetEscalations(level: Urgency, findings: readonly FindingId[]): string[] {
  return FINDINGS.filter((f) => findings.includes(f.id)).flatMap((f) =>
    f.escalations
      .filter((e) => e.to === level && levelInCase(f.id, findings).level !== level)
      .map((e) => `${lowerFirst(f.label)} would put the case at ${URGENCY[level].label} together with ${e.withName}, which the case does not show`),
  );
}

/** "Emergency means: stop the session ... Urgent means: arrange ...": the difference, in the levels' own words. */
function difference(option: Urgency, key: Urgency): string {
  return `${URGENCY[option].label} means: ${lowerFirst(URGENCY[option].action)} ${URGENCY[key].label} means: ${lowerFirst(URGENCY[key].action)}`;
}

function overTriage(option: Urgency, key: Urgency, context: QuizContext, shows: string): string {
  const unmet = unmetEscalations(option, context.findings);
  const lacking = unmet.length > 0 ? `${upperFirst(joinList(unmet))}.` : `${URGENCY[option].label} would need ${WOULD_NEED[option]}, and nothing in the case shows that.`;
  return `More urgent than this case needs, though erring this way is the safer mistake: the answer is ${levelWithTime(key)}. ${shows} ${lacking} ${difference(option, key)}`;
}

function feedbackFor(option: Urgency, key: Urgency, context: QuizContext): string {
  const shows = key === 'in-scope' ? '' : `The case shows ${decidingReasons(context.result)}.`;
  const keyLevel = levelWithTime(key);
  const keepTreating = `Keep treating? ${URGENCY[key].treating}`;
  if (option === key) {
    if (key === 'in-scope') return `Right. The answer is ${keyLevel}. ${URGENCY['in-scope'].explanation} ${URGENCY['in-scope'].action}`;
    return `Right. The answer is ${keyLevel}. ${shows} ${URGENCY[key].action} ${keepTreating}`;
  }
  if (urgencyRank(option) > urgencyRank(key)) {
    if (key === 'in-scope') return `Not needed: the answer is ${keyLevel}. ${whyNotRefer(context.sessions)}`;
    return overTriage(option, key, context, shows);
  }
  if (option === 'in-scope') return `Not safe: the answer is ${keyLevel}. ${shows} ${keepTreating}`;
  return `Not urgent enough: the answer is ${keyLevel}. ${shows} ${levelWithTime(option)} would wait too long. ${URGENCY[key].action}`;
}

function explanationFor(context: QuizContext): Pick<QuizQuestion, 'explanation' | 'lesson'> {
  const { result } = context;
  const [first, ...rest] = decidingRules(result);
  if (first) {
    const also = rest.length > 0 ? ` Also at this level: ${joinList(rest.map(ruleReason))}.` : '';
    return { explanation: `${levelWithTime(result.urgency)}. ${first.message}${also}`, lesson: first.lesson };
  }
  const review = result.rules.find((rule) => rule.id === 'review-plan');
  const info = URGENCY['in-scope'];
  return {
    explanation: `${levelWithTime('in-scope')}. ${info.explanation} ${info.action}${review ? ` ${review.message}` : ''}`,
    lesson: review?.lesson ?? info.lesson,
  };
}

export function urgencyQuestion(context: QuizContext): QuizQuestion {
  const key = context.result.urgency;
  const options: QuizOption[] = URGENCY_LEVELS.map((level) => ({
    id: level,
    text: URGENCY[level].label,
    correct: level === key,
    feedback: feedbackFor(level, key, context),
  }));
  return {
    id: questionId(context.caseId, 'urgency'),
    caseId: context.caseId,
    kind: 'urgency',
    prompt: 'How urgent is this client’s presentation?',
    multiple: false,
    options,
    ...explanationFor(context),
  };
}
