/**
 * Brings the server-rendered figures to life: makes each zone a button (one Tab stop per view, arrow
 * keys between zones), names it, marks the selected root and the zone under the pointer or focus,
 * and reports activations. It works on the figures' DOM through classes and attributes; the SVG
 * itself is never redrawn.
 */
import type { RootId, Side } from '../../data/dermatomes/types.ts';
import { rovingStep, type RovingItem } from './roving.ts';

export interface FigureState {
  /** Zones are controls (false while sketching: the sketch surface takes the input). */
  interactive: boolean;
  /** Name zones by place, not root (find-it mode). */
  neutral: boolean;
  selected: RootId | null;
  /** A wrong find-it answer, outlined differently. */
  marked: RootId | null;
}

export type Activate = (root: RootId, side: Side, byPointer: boolean) => void;

const hitOf = (target: EventTarget | null): SVGElement | null =>
  target instanceof Element ? target.closest<SVGElement>('.derm-hit') : null;
const hitsIn = (svg: Element | null): SVGElement[] => (svg ? [...svg.querySelectorAll<SVGElement>('.derm-hit')] : []);
const rovingItems = (hits: SVGElement[]): RovingItem[] =>
  hits.map((h) => ({ root: h.dataset.root ?? '', placement: h.dataset.placement === 'viewer-left' ? 'viewer-left' : 'viewer-right' }));

/** Wires the figures in `container` once; call update() whenever the map's state changes. */
export function enhanceFigures(container: HTMLElement, onActivate: Activate): { update: (state: FigureState) => void } {
  /** The zone that holds the Tab stop, per view. */
  const stops = new Map<string, string>();
  let interactive = false;

  const setHot = (hit: SVGElement | null) => {
    container.querySelectorAll('.derm-fill.is-hot').forEach((el) => el.classList.remove('is-hot'));
    if (hit) container.querySelector(`.derm-fill[data-region="${hit.dataset.region}"]`)?.classList.add('is-hot');
  };
  const moveStop = (hit: SVGElement, next: SVGElement) => {
    stops.set(hit.ownerSVGElement?.dataset.view ?? '', next.dataset.region ?? '');
    hit.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
  };
  const activate = (hit: SVGElement, byPointer: boolean) => onActivate(hit.dataset.root as RootId, hit.dataset.side as Side, byPointer);
  const liveHit = (event: Event) => (interactive ? hitOf(event.target) : null);

  container.addEventListener('click', (event) => {
    const hit = liveHit(event);
    if (!hit) return;
    moveStop(hit, hit);
    activate(hit, true);
  });
  container.addEventListener('keydown', (event) => {
    const hit = liveHit(event);
    if (!hit) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(hit, false);
      return;
    }
    const hits = hitsIn(hit.ownerSVGElement);
    const next = hits[rovingStep(rovingItems(hits), hits.indexOf(hit), event.key) ?? -1];
    if (!next) return;
    event.preventDefault();
    moveStop(hit, next);
    next.focus();
  });
  container.addEventListener('pointerover', (event) => setHot(liveHit(event)));
  container.addEventListener('pointerleave', () => setHot(null));
  // focusin/focusout: they bubble up from the zones to the figures' container (focus does not).
  container.addEventListener('focusin', (event) => setHot(hitOf(event.target)));
  container.addEventListener('focusout', () => setHot(null));

  function update(state: FigureState): void {
    interactive = state.interactive;
    const { neutral, selected, marked } = state;
    for (const svg of container.querySelectorAll<SVGSVGElement>('svg.derm-view')) {
      const hits = hitsIn(svg);
      const stop = stops.get(svg.dataset.view ?? '') ?? hits[0]?.dataset.region;
      if (interactive) {
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-label', svg.dataset.label ?? '');
      }
      for (const hit of hits) {
        if (!interactive) {
          for (const attr of ['role', 'tabindex', 'aria-label', 'aria-pressed']) hit.removeAttribute(attr);
          continue;
        }
        hit.setAttribute('role', 'button');
        hit.setAttribute('tabindex', hit.dataset.region === stop ? '0' : '-1');
        hit.setAttribute('aria-label', (neutral ? hit.dataset.place : hit.dataset.name) ?? '');
        if (neutral) hit.removeAttribute('aria-pressed');
        else hit.setAttribute('aria-pressed', String(hit.dataset.root === selected));
      }
    }
    // The selected root's zones, labels and key points, and a wrong answer's zones.
    for (const el of container.querySelectorAll<SVGElement>('svg.derm-view [data-root]')) {
      el.classList.toggle('is-selected', el.dataset.root === selected);
      el.classList.toggle('is-marked', el.dataset.root === marked);
    }
  }

  return { update };
}
