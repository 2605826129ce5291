/**
 * Brings the server-rendered figures to life: makes each zone a button (one Tab stop per view, arrow
 * keys between zones), names it, marks the selected root and the zone under the pointer or focus,
 * and reports activations. The figures are static HTML inside the island, so this works on their
 * DOM through classes and attributes rather than re-rendering the SVG.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef } from 'preact/hooks';
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

type Activate = (root: RootId, side: Side, byPointer: boolean) => void;

const hitOf = (target: EventTarget | null): SVGElement | null =>
  target instanceof Element ? (target.closest('.derm-hit') as SVGElement | null) : null;
const hitsIn = (svg: Element | null): SVGElement[] => (svg ? [...svg.querySelectorAll<SVGElement>('.derm-hit')] : []);
const rovingItems = (hits: SVGElement[]): RovingItem[] =>
  hits.map((h) => ({ root: h.dataset.root ?? '', placement: h.dataset.placement === 'viewer-left' ? 'viewer-left' : 'viewer-right' }));

export function useFigures(container: RefObject<HTMLElement | null>, state: FigureState, onActivate: Activate) {
  const { interactive, neutral, selected, marked } = state;
  /** The zone that holds the Tab stop, per view. */
  const stops = useRef(new Map<string, string>());

  // Roles, names, pressed state and the roving Tab stop.
  useEffect(() => {
    for (const svg of container.current?.querySelectorAll<SVGSVGElement>('svg.derm-view') ?? []) {
      const hits = hitsIn(svg);
      const view = svg.dataset.view ?? '';
      const stop = stops.current.get(view) ?? hits[0]?.dataset.region;
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
  }, [container, interactive, neutral, selected]);

  // The selected root's zones, labels and key points, and a wrong answer's zones.
  useEffect(() => {
    for (const el of container.current?.querySelectorAll<SVGElement>('svg.derm-view [data-root]') ?? []) {
      el.classList.toggle('is-selected', el.dataset.root === selected);
      el.classList.toggle('is-marked', el.dataset.root === marked);
    }
  }, [container, selected, marked]);

  const setHot = useCallback((hit: SVGElement | null) => {
    const root = container.current;
    root?.querySelectorAll('.derm-fill.is-hot').forEach((el) => el.classList.remove('is-hot'));
    if (hit) root?.querySelector(`.derm-fill[data-region="${hit.dataset.region}"]`)?.classList.add('is-hot');
  }, [container]);

  const moveStop = (hit: SVGElement, next: SVGElement) => {
    const view = hit.ownerSVGElement?.dataset.view ?? '';
    stops.current.set(view, next.dataset.region ?? '');
    hit.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
  };

  const activate = (hit: SVGElement, byPointer: boolean) =>
    onActivate(hit.dataset.root as RootId, hit.dataset.side as Side, byPointer);

  return {
    onClick: (event: MouseEvent) => {
      const hit = interactive ? hitOf(event.target) : null;
      if (!hit) return;
      moveStop(hit, hit);
      activate(hit, true);
    },
    onKeyDown: (event: KeyboardEvent) => {
      const hit = interactive ? hitOf(event.target) : null;
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
    },
    onPointerOver: (event: PointerEvent) => setHot(interactive ? hitOf(event.target) : null),
    onPointerLeave: () => setHot(null),
    // focusin/focusout: they bubble up from the zones to the figures' container (focus does not).
    onFocusIn: (event: FocusEvent) => setHot(hitOf(event.target)),
    onFocusOut: () => setHot(null),
  };
}
