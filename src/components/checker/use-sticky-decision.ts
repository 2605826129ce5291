/**
 * On wide screens the decision sits beside the findings and follows the page. A panel taller than
 * the window would be cut off by a plain `top` (the old inner scroll box hid half the reasons), so
 * its sticky offset is set so that its bottom edge can always be reached by scrolling the page: a
 * short panel sticks at the top, a tall one scrolls with the page until its end is in view.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const GAP = 16;

export function useStickyDecision(panel: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = panel.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const place = () => el.style.setProperty('--decision-top', `${Math.min(GAP, window.innerHeight - el.offsetHeight - GAP)}px`);
    const observer = new ResizeObserver(place);
    observer.observe(el);
    window.addEventListener('resize', place);
    place();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [panel]);
}
