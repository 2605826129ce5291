import { lessonHref } from '../../lib/hrefs.ts';
import { lessonGroup, type ReviewCard } from '../card.ts';
import type { SelfCheckSource } from '../self-check-source.ts';

const letter = (i: number) => String.fromCharCode(65 + i);

/** One card per self-check: the question and its options, then the right option and why. */
export function selfCheckCard(check: SelfCheckSource): ReviewCard {
  return {
    id: `check:${check.id}`,
    kind: 'self-check',
    group: lessonGroup(check.lessonId),
    prompt: check.question,
    options: check.options.map((option, i) => `${letter(i)}. ${option}`),
    right: [check.answer],
    answer: `${letter(check.answer)}. ${check.options[check.answer]}`,
    ...(check.explanation ? { explanation: check.explanation } : {}),
    href: lessonHref(check.lessonId, check.section),
  };
}
