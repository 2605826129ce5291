/**
 * The drawing frame shared by both views. Shapes are written for one half of the body in "half
 * coordinates": [distance out from the midline, height down the page]. Each half is then placed on
 * the viewer's left or right; in the front view the person's right leg is on the viewer's left, in
 * the back view the person's left leg is. Writing each shape once keeps the two sides identical.
 */
import type { Side, ViewId, XY } from '../types.ts';
import type { CurvePoint } from './smooth.ts';

/** The midline's x in every view. */
export const MIDLINE_X = 200;

/** Width and height of each view's drawing (SVG viewBox); the back view has room for the soles. */
export const VIEW_SIZE: Readonly<Record<ViewId, { width: number; height: number }>> = {
  anterior: { width: 400, height: 925 },
  posterior: { width: 400, height: 1085 },
};

/** Where the viewer sees one half of the body. */
export type Placement = 'viewer-left' | 'viewer-right';
export const PLACEMENTS: readonly Placement[] = ['viewer-left', 'viewer-right'];

/** The person's side drawn on that half of the page. */
export function sideAt(view: ViewId, placement: Placement): Side {
  const viewerLeftIsPersonRight = view === 'anterior';
  return (placement === 'viewer-left') === viewerLeftIsPersonRight ? 'right' : 'left';
}

/** Moves half-coordinate points onto one half of the page, keeping corner marks. */
export function place(points: readonly CurvePoint[], placement: Placement): CurvePoint[] {
  const sign = placement === 'viewer-left' ? -1 : 1;
  return points.map((p) => (p.length === 3 ? [MIDLINE_X + sign * p[0], p[1], 1] : [MIDLINE_X + sign * p[0], p[1]]));
}

/** One half-coordinate point on the page. */
export function placePoint(point: XY, placement: Placement): XY {
  return [MIDLINE_X + (placement === 'viewer-left' ? -1 : 1) * point[0], point[1]];
}
