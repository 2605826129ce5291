// Glossary terms in lessons. A mouse shows the definition on hover and a keyboard on focus (CSS);
// a tap, which has no hover, opens it in place instead of following the link to the glossary, and
// closes it on a second tap, Escape or a tap elsewhere. WCAG 1.4.13: Escape also hides a tip
// shown by hover or focus without moving away.
const OPEN = 'data-open';
/** How close the card may come to the window's edge, in CSS pixels. */
const EDGE = 8;

let lastPointer = 'mouse';

function popOf(term: Element): HTMLElement | null {
  return term.querySelector<HTMLElement>('.term__pop');
}

/** Slides the card sideways so it stays inside the window (terms near the right edge). */
function keepInView(term: HTMLElement): void {
  const pop = popOf(term);
  if (!pop) return;
  pop.style.setProperty('--term-shift', '0px');
  const box = pop.getBoundingClientRect();
  if (box.width === 0) return;
  const overflowRight = box.right - (document.documentElement.clientWidth - EDGE);
  const overflowLeft = EDGE - box.left;
  const shift = overflowRight > 0 ? -Math.min(overflowRight, box.left - EDGE) : overflowLeft > 0 ? overflowLeft : 0;
  pop.style.setProperty('--term-shift', `${Math.round(shift)}px`);
}

function openTerms(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`.term[${OPEN}]`)];
}

function close(term: HTMLElement): void {
  term.removeAttribute(OPEN);
  term.querySelector<HTMLElement>('[data-term-link]')?.blur();
}

export function startTerms(): void {
  document.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType || 'mouse';
    const inside = (event.target as Element | null)?.closest?.('.term');
    for (const term of openTerms()) if (term !== inside) close(term);
  }, true);

  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('[data-term-link]');
    if (!link || (lastPointer !== 'touch' && lastPointer !== 'pen')) return;
    const term = link.closest<HTMLElement>('.term');
    if (!term) return;
    event.preventDefault();
    if (term.hasAttribute(OPEN)) {
      close(term);
      return;
    }
    term.setAttribute(OPEN, '');
    document.documentElement.classList.remove('terms-dismissed');
    keepInView(term);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of openTerms()) close(term);
    document.documentElement.classList.add('terms-dismissed');
  });
  document.addEventListener('focusin', (event) => {
    document.documentElement.classList.remove('terms-dismissed');
    const term = (event.target as Element | null)?.closest?.<HTMLElement>('.term');
    if (term) keepInView(term);
  });
  document.addEventListener('pointerover', (event) => {
    const term = (event.target as Element | null)?.closest?.<HTMLElement>('.term');
    if (!term) return;
    document.documentElement.classList.remove('terms-dismissed');
    if (!term.hasAttribute(OPEN)) keepInView(term);
  });
}
