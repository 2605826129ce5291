/**
 * On wide screens the decision sits beside the findings and follows the page. A panel taller than
 * the window would be cut off by a plain `top` (the old inner scroll box hid half the reasons), so
 * its sticky offset is set so that its bottom edge can always be reached by scrolling the page: a
 * short panel sticks at the top, a tall one scrolls with the page until its end is in view.
 */
const GAP = 16;

export function keepDecisionReachable(panel: HTMLElement): void {
  const place = () => panel.style.setProperty('--decision-top', `${Math.min(GAP, window.innerHeight - panel.offsetHeight - GAP)}px`);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(place).observe(panel);
  window.addEventListener('resize', place);
  place();
}
