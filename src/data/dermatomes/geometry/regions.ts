/**
 * The map's regions as drawn: every zone placed on both sides of both views, with SVG path data for
 * drawing and flattened polygons for hit tests. Computed once when the module loads.
 */
import type { RootId, Side, ViewId, XY } from '../types.ts';
import { ROOT_IDS } from '../types.ts';
import { PLACEMENTS, place, placePoint, sideAt, type Placement } from './frame.ts';
import { flatten, smoothPath } from './smooth.ts';
import { KEY_POINT_SPOTS, ZONE_SHAPES, type BodyPart } from './zones.ts';

export interface MapLabel { x: number; y: number; to?: XY }

export interface MapRegion {
  /** Stable id, e.g. "posterior-S1-left". */
  id: string;
  root: RootId;
  view: ViewId;
  side: Side;
  part: BodyPart;
  /** Where the zone is in plain words, without the root's name. */
  place: string;
  /** Which half of the drawing it is on (for arrow-key moves). */
  placement: Placement;
  /** SVG path data, one closed sub-path per part of the zone. */
  d: string;
  /** The same shapes as polygons, for "is this point in the zone". */
  polygons: XY[][];
  labels: MapLabel[];
}

export interface MapKeyPoint { root: RootId; view: ViewId; side: Side; x: number; y: number }

function buildRegions(): MapRegion[] {
  const out: MapRegion[] = [];
  for (const zone of ZONE_SHAPES) {
    for (const placement of PLACEMENTS) {
      const shapes = zone.shapes.map((shape) => place(shape, placement));
      const side = sideAt(zone.view, placement);
      out.push({
        id: `${zone.view}-${zone.root}-${side}`,
        root: zone.root,
        view: zone.view,
        side,
        part: zone.part,
        place: zone.place,
        placement,
        d: shapes.map((shape) => smoothPath(shape)).join(''),
        polygons: shapes.map((shape) => flatten(shape)),
        labels: zone.labels.map(({ at, to }) => {
          const [x, y] = placePoint(at, placement);
          return to ? { x, y, to: placePoint(to, placement) } : { x, y };
        }),
      });
    }
  }
  // Root order, viewer's left half first: the order a keyboard user moves through them.
  const rank = (r: MapRegion) => ROOT_IDS.indexOf(r.root) * 2 + (r.placement === 'viewer-left' ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** Every region of every root, on both sides of both views. */
export const MAP_REGIONS: readonly MapRegion[] = buildRegions();

/** The key sensory points, on both sides. */
export const KEY_POINTS: readonly MapKeyPoint[] = ROOT_IDS.flatMap((root) => {
  const { view, at } = KEY_POINT_SPOTS[root];
  return PLACEMENTS.map((placement) => {
    const [x, y] = placePoint(at, placement);
    return { root, view, side: sideAt(view, placement), x, y };
  });
});

export function regionsInView(view: ViewId): MapRegion[] {
  return MAP_REGIONS.filter((r) => r.view === view);
}
