import { REFER_AFTER_SESSIONS, URGENCY, URGENCY_LEVELS, type Urgency } from '../../rules/index.ts';
import type { QuizOption, QuizQuestion } from '../types.ts';
import { joinList } from '../wording.ts';
import { questionId, type QuizContext } from './context.ts';
import { decidingReasons, decidingRules, ruleReason } from './deciding.ts';

/*
 * "How urgent is this?" All three levels are always offered, in the ladder's own order (most
 * urgent first), because the order itself teaches: a shuffled ladder would hide that each level
 * outranks the next. The key and every sentence come from triage() and the URGENCY table.
 */

/** Why a case is not a referral when nothing refers it: no sign, and the session count below the rule. */
function whyNotRefer(sessions: number | undefined): string {
  const count =
    sessions !== undefined && sessions > 0
      ? ` ${sessions} session${sessions === 1 ? '' : 's'} without improvement ${sessions === 1 ? 'is' : 'are'} fewer than the ${REFER_AFTER_SESSIONS} after which the session rule refers.`
      : '';
  return `No referral sign is recorded in this case.${count}`;
}

function feedbackFor(option: Urgency, key: Urgency, context: QuizContext): string {
  const reasons = decidingReasons(context.result);
  const single = decidingRules(context.result).length === 1;
  const shows = `The case shows ${reasons}`;
  if (key === 'emergency') {
    const signs = single ? 'an emergency sign' : 'emergency signs, any one of them enough';
    if (option === 'emergency') return `Right. ${shows}: ${signs}. ${URGENCY.emergency.action}`;
    if (option === 'refer') return `Not urgent enough. ${shows}: ${signs}. A referral for a later appointment would wait too long.`;
    return `Not safe. ${shows}: ${signs}. The session stops and the client needs emergency care today.`;
  }
  if (key === 'refer') {
    if (option === 'refer') return `Right. ${shows}: reason enough for a physician's assessment. ${URGENCY.refer.action}`;
    if (option === 'emergency') return `Too urgent. Nothing in this case belongs to the emergency (cauda equina) picture. ${shows}, which calls for a physician's assessment, not emergency care.`;
    return `Not yet within scope. ${shows}: a physician needs to assess ${single ? 'it' : 'them'} before massage can be relied on.`;
  }
  if (option === 'in-scope') return `Right. ${URGENCY['in-scope'].explanation} ${URGENCY['in-scope'].action}`;
  if (option === 'emergency') return 'Too urgent. The case has no emergency sign (nothing of the cauda equina picture) and no referral sign.';
  return `Not needed. ${whyNotRefer(context.sessions)}`;
}

function explanationFor(context: QuizContext): { explanation: string; lesson: string } {
  const { result } = context;
  const [first, ...rest] = decidingRules(result);
  if (first) {
    const also = rest.length > 0 ? ` The case also shows ${joinList(rest.map(ruleReason))}, each enough on its own.` : '';
    return { explanation: `${first.message}${also}`, lesson: first.lesson };
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
