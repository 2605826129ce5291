/** The 30-day calendar of reviews on /review/: a number in every day, shading as a second cue. */
import type { Deck } from '../../review/deck.ts';
import { reviewCalendar } from '../../review/deck-review.ts';
import { countOf } from '../../lib/plural.ts';

const LONG = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

function level(reviews: number): string {
  return reviews === 0 ? '0' : reviews < 10 ? '1' : reviews < 30 ? '2' : '3';
}

export function renderCalendar(list: HTMLElement, deck: Deck, now: Date): void {
  const days = reviewCalendar(deck, now);
  list.replaceChildren(
    ...days.map(({ day, reviews }, i) => {
      const item = document.createElement('li');
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const label = `${LONG.format(new Date(y, m - 1, d))}: ${countOf(reviews, 'review')}`;
      item.dataset.level = level(reviews);
      item.dataset.day = day;
      item.title = label;
      if (i === days.length - 1) item.dataset.today = '';
      const hidden = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `${label}${i === days.length - 1 ? ' (today)' : ''}` });
      const shown = Object.assign(document.createElement('span'), { textContent: String(reviews) });
      shown.setAttribute('aria-hidden', 'true');
      item.append(hidden, shown);
      return item;
    }),
  );
  const total = days.reduce((sum, d) => sum + d.reviews, 0);
  list.setAttribute('aria-label', `Reviews per day, last 30 days: ${total} in all. Oldest first; today is last.`);
}
