/** Shows one review card on /review/: front first, the answer and grade buttons when turned. */
import type { ReviewCard } from '../../review/card.ts';
import { GRADES, describeInterval, preview, type Schedule } from '../../review/schedule.ts';

const KIND_LABEL: Record<string, string> = {
  'self-check': 'Self-check',
  term: 'Glossary: term to meaning',
  'term-reverse': 'Glossary: meaning to term',
  'find-it': 'Dermatomes',
  case: 'Case question',
};

export function showFront(section: HTMLElement, card: ReviewCard): void {
  const q = <T extends HTMLElement>(sel: string) => section.querySelector<T>(sel)!;
  section.hidden = false;
  section.dataset.cardId = card.id;
  q('[data-card-kind]').textContent = KIND_LABEL[card.kind] ?? 'Question';
  q('[data-card-context]').replaceChildren(...(card.context ?? []).map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  q('[data-card-prompt]').textContent = card.prompt;
  q('[data-card-options]').replaceChildren(
    ...(card.options ?? []).map((text, i) => {
      const item = Object.assign(document.createElement('li'), { textContent: text });
      if (card.right?.includes(i)) {
        // Shown only once the card is turned (CSS), in words as well as by the border.
        item.dataset.right = '';
        item.append(Object.assign(document.createElement('span'), { className: 'review-card__right', textContent: ' ✓ right answer' }));
      }
      return item;
    }),
  );
  q('[data-card-answer]').textContent = card.answer;
  q('[data-card-explanation]').textContent = card.explanation ?? '';
  q<HTMLAnchorElement>('[data-card-href]').href = card.href;
  q('[data-card-back]').hidden = true;
  q('[data-show-answer]').hidden = false;
  delete section.dataset.turned;
}

/** Turns the card: the answer, and on each grade button when that grade brings the card back. */
export function showBack(section: HTMLElement, schedule: Schedule, now: Date): void {
  const next = preview(schedule, now);
  for (const grade of GRADES) {
    section.querySelector(`[data-interval="${grade}"]`)!.textContent = describeInterval(now, next[grade]);
  }
  section.querySelector<HTMLElement>('[data-card-back]')!.hidden = false;
  section.querySelector<HTMLElement>('[data-show-answer]')!.hidden = true;
  section.dataset.turned = 'true';
}
