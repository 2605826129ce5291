/**
 * The sketch's "where is this point" answered from the figures on the page (SVG isPointInFill on the
 * very shapes that are drawn), so the browser needs no copy of the shape data.
 */
import type { Probe } from '../../data/dermatomes/coverage.ts';
import type { FibreGroup } from '../../data/dermatomes/geometry/referral.ts';
import type { RootId, Side, ViewId, XY } from '../../data/dermatomes/types.ts';

const inside = (el: Element, [x, y]: XY): boolean => (el as SVGGeometryElement).isPointInFill(new DOMPoint(x, y));

export function domProbe(container: ParentNode): Probe {
  const within = (view: ViewId, selector: string) => [...container.querySelectorAll(`svg[data-view="${view}"] ${selector}`)];
  return {
    onBody: (view, point) => within(view, '[data-skin]').some((el) => inside(el, point)),
    zonesAt: (view, point) =>
      within(view, '[data-zone]')
        .filter((el) => inside(el, point))
        .map((el) => ({ root: el.getAttribute('data-zone') as RootId, side: el.getAttribute('data-side') as Side })),
    referralAt: (view, point) =>
      within(view, '[data-referral-shape]')
        .filter((el) => inside(el, point))
        .map((el) => el.getAttribute('data-referral-shape') as FibreGroup),
  };
}
