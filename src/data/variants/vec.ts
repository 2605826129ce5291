/**
 * Tiny 3D vector and curve helpers, free of three.js so the route rules test fast. The scene's
 * geometry builders sample curves through the same functions, so tests and pixels agree.
 */
export type Vec3 = readonly [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/** One point of a uniform Catmull-Rom spline through p0..p3, between p1 and p2. */
function catmullRom(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number): Vec3 {
  const t2 = t * t;
  const t3 = t2 * t;
  const out = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    out[i] =
      0.5 *
      (2 * p1[i]! +
        (-p0[i]! + p2[i]!) * t +
        (2 * p0[i]! - 5 * p1[i]! + 4 * p2[i]! - p3[i]!) * t2 +
        (-p0[i]! + 3 * p1[i]! - 3 * p2[i]! + p3[i]!) * t3);
  }
  return [out[0]!, out[1]!, out[2]!];
}

/**
 * A smooth curve through every control point, as `perSpan` samples per span plus the last point.
 * The ends are extended by reflection so the curve starts and stops exactly on the first and last points.
 */
export function sampleCurve(points: readonly Vec3[], perSpan = 12): Vec3[] {
  if (points.length < 2) return [...points];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const ext = [sub(scale(first, 2), points[1]!), ...points, sub(scale(last, 2), points[points.length - 2]!)];
  const out: Vec3[] = [];
  for (let i = 1; i < ext.length - 2; i++) {
    for (let s = 0; s < perSpan; s++) out.push(catmullRom(ext[i - 1]!, ext[i]!, ext[i + 1]!, ext[i + 2]!, s / perSpan));
  }
  out.push(last);
  return out;
}

/** Cumulative arc length along a polyline, starting at 0. */
export function arcLengths(points: readonly Vec3[]): number[] {
  const out = [0];
  for (let i = 1; i < points.length; i++) out.push(out[i - 1]! + length(sub(points[i]!, points[i - 1]!)));
  return out;
}

/** Unit tangent at each point of a polyline (central differences). */
export function tangents(points: readonly Vec3[]): Vec3[] {
  return points.map((_, i) => {
    const a = points[Math.max(0, i - 1)]!;
    const b = points[Math.min(points.length - 1, i + 1)]!;
    return normalize(sub(b, a));
  });
}

export const smoothstep = (edge0: number, edge1: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
};
