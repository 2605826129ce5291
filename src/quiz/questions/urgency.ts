import { REFER_AFTER_SESSIONS, REVIEW_AFTER_SESSIONS, URGENCY, URGENCY_LEVELS, sessionsPhrase, urgencyRank, type Urgency } from '../../rules/index.ts';
import type { QuizOption, QuizQuestion } from '../types.ts';
import { joinList } from '../wording.ts';
import { questionId, type QuizContext } from './context.ts';
import { decidingReasons, decidingRules, ruleReason } from './deciding.ts';

/*
 * "How urgent is this?" All four levels are always offered, in the ladder's own order (most
 * urgent first), because the order itself teaches: a shuffled ladder would hide that each level
 * outranks the next. The key and every sentence come from triage() and the URGENCY table, and
 * every feedback names the key's level and its timescale.
 */

/** "Urgent: same day (same day, and within 48 hours at most)". */
function levelWithTime(level: Urgency): string {
  const { label, timescale } = URGENCY[level];
  return `${label} (${timescale.charAt(0).toLowerCase()}${timescale.slice(1)})`;
}

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

function feedbackFor(option: Urgency, key: Urgency, context: QuizContext): string {
  const shows = key === 'in-scope' ? '' : `The case shows ${decidingReasons(context.result)}`;
  const keyLevel = levelWithTime(key);
  if (option === key) {
    if (key === 'in-scope') return `Right. ${URGENCY['in-scope'].explanation} ${URGENCY['in-scope'].action}`;
    return `Right. The answer is ${keyLevel}. ${shows}. ${URGENCY[key].action}`;
  }
  if (urgencyRank(option) > urgencyRank(key)) {
    if (key === 'in-scope') return `Not needed: ${keyLevel}. ${whyNotRefer(context.sessions)}`;
    return (
      `More urgent than this case needs, though erring this way is the safer mistake: the answer is ${keyLevel}. ${shows}. ` +
      `${URGENCY[option].label} would need ${WOULD_NEED[option]}, and nothing in the case shows that.`
    );
  }
  if (option === 'in-scope') {
    return `Not safe: the answer is ${keyLevel}. ${shows}. ${URGENCY[key].treating}`;
  }
  return `Not urgent enough: the answer is ${keyLevel}. ${shows}. ${URGENCY[option].label} (${URGENCY[option].timescale.toLowerCase()}) would wait too long. ${URGENCY[key].action}`;
}

function explanationFor(context: QuizContext): { explanation: string; lesson: string } {
  const { result } = context;
  const [first, ...rest] = decidingRules(result);
  if (first) {
    const also = rest.length > 0 ? ` The case also shows ${joinList(rest.map(ruleReason))}, each enough on its own.` : '';
    return { explanation: `${levelWithTime(result.urgency)}. ${first.message}${also}`, lesson: first.lesson };
  }
  const review = result.rules.find((rule) => rule.id === 'review-plan');
  const info = URGENCY['in-scope'];
  return {
    explanation: `${info.explanation} ${info.action}${review ? ` ${review.message}` : ''}`,
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
