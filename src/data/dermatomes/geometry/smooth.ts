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

const num = (v: number): string => String(Math.round(v * 10) / 10);
const pair = (p: XY): string => `${num(p[0])} ${num(p[1])}`;

/** SVG path data for a smooth curve through the points; closed shapes end with Z. */
export function smoothPath(points: readonly CurvePoint[], closed = true): string {
  if (points.length < 2) return '';
  const segs = segments(points, closed);
  const body = segs.map(([, c1, c2, p]) => `C${pair(c1)} ${pair(c2)} ${pair(p)}`).join('');
  const first = points[0]!;
  return `M${pair([first[0], first[1]])}${body}${closed ? 'Z' : ''}`;
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

/** Shortest distance from a point to a polygon's edge. */
export function distanceToPolygon(point: XY, polygon: readonly XY[]): number {
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ax, ay] = polygon[j]!;
    const [bx, by] = polygon[i]!;
    const dx = bx - ax, dy = by - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - ax) * dx + (point[1] - ay) * dy) / len));
    best = Math.min(best, Math.hypot(point[0] - (ax + t * dx), point[1] - (ay + t * dy)));
  }
  return best;
}
