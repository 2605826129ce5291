/**
 * Smooth outlines from a few hand-placed points: a Catmull-Rom spline through the points, written as
 * cubic Bezier path data for SVG, and the same curve flattened to a polygon for hit tests. Keeping
 * shapes as points (not path strings) lets one source feed drawing, mirroring and "is this point in
 * the zone" questions.
 */
import type { XY } from '../types.ts';

/** A control point; a third element of 1 makes it a corner (the curve stops and turns there). */
export type CurvePoint = readonly [number, number] | readonly [number, number, 1];

type Segment = readonly [XY, XY, XY, XY];

const isCorner = (p: CurvePoint): boolean => p.length === 3;
const at = (points: readonly CurvePoint[], i: number, closed: boolean): CurvePoint => {
  const n = points.length;
  const index = closed ? ((i % n) + n) % n : Math.min(Math.max(i, 0), n - 1);
  return points[index]!;
};

/** Cubic Bezier segments of the spline; a corner has a zero tangent, so shared edges that end in
 *  corners draw identically in both shapes that use them. */
function segments(points: readonly CurvePoint[], closed: boolean): Segment[] {
  const out: Segment[] = [];
  const count = closed ? points.length : points.length - 1;
  const tangent = (i: number): XY => {
    const p = at(points, i, closed);
    if (isCorner(p) || (!closed && (i === 0 || i === points.length - 1))) return [0, 0];
    const prev = at(points, i - 1, closed);
    const next = at(points, i + 1, closed);
    return [(next[0] - prev[0]) / 6, (next[1] - prev[1]) / 6];
  };
  for (let i = 0; i < count; i++) {
    const p0 = at(points, i, closed);
    const p1 = at(points, i + 1, closed);
    const t0 = tangent(i);
    const t1 = tangent(i + 1);
    out.push([[p0[0], p0[1]], [p0[0] + t0[0], p0[1] + t0[1]], [p1[0] - t1[0], p1[1] - t1[1]], [p1[0], p1[1]]]);
  }
  return out;
}

/**
 * SVG path data for a smooth curve through the points; closed shapes end with Z. Each joint of a
 * Catmull-Rom spline is smooth (a corner's zero tangent too), so every segment after the first is
 * written as a relative "s" command, which leaves out the mirrored control point: about half the
 * bytes of plain "C" commands. Coordinates are whole drawing units, plenty for smooth curves.
 */
export function smoothPath(points: readonly CurvePoint[], closed = true): string {
  if (points.length < 2) return '';
  let pen: XY = [Math.round(points[0]![0]), Math.round(points[0]![1])];
  const rel = (p: XY): string => {
    const dx = Math.round(p[0]) - pen[0];
    const dy = Math.round(p[1]) - pen[1];
    return `${dx}${dy < 0 ? '' : ' '}${dy}`;
  };
  let out = `M${pen[0]} ${pen[1]}`;
  segments(points, closed).forEach(([, c1, c2, p], i) => {
    const parts = i === 0 ? [c1, c2, p] : [c2, p];
    out += (i === 0 ? 'c' : 's') + parts.map(rel).join(' ').replace(/ -/g, '-');
    pen = [Math.round(p[0]), Math.round(p[1])];
  });
  return closed ? `${out}Z` : out;
}

/** The same closed curve as a polygon, `steps` straight pieces per segment. */
export function flatten(points: readonly CurvePoint[], steps = 6): XY[] {
  const out: XY[] = [];
  for (const [p0, c1, c2, p1] of segments(points, true)) {
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const u = 1 - t;
      const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
      out.push([a * p0[0] + b * c1[0] + c * c2[0] + d * p1[0], a * p0[1] + b * c1[1] + c * c2[1] + d * p1[1]]);
    }
  }
  return out;
}

/** Even-odd point-in-polygon test. */
export function insidePolygon(point: XY, polygon: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
