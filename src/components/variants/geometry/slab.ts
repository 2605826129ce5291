/**
 * A slab (see data/variants/shapes.ts): a flat outline given a curved middle surface and a
 * thickness that thins to a rounded edge, so bones and broad muscles have no hard walls.
 */
import { BufferGeometry, Float32BufferAttribute } from 'three';
import type { SlabSpec, Vec2 } from '../../../data/variants/shapes.ts';

/** `count` points spaced evenly along a closed outline, so sharp features (the ischial spine) keep their detail. */
export function resampleOutline(outline: readonly Vec2[], count: number): Vec2[] {
  const closed = [...outline, outline[0]!];
  const lengths = [0];
  for (let i = 1; i < closed.length; i++) {
    lengths.push(lengths[i - 1]! + Math.hypot(closed[i]![0] - closed[i - 1]![0], closed[i]![1] - closed[i - 1]![1]));
  }
  const total = lengths[lengths.length - 1]!;
  const out: Vec2[] = [];
  let seg = 1;
  for (let k = 0; k < count; k++) {
    const target = (k / count) * total;
    while (lengths[seg]! < target) seg++;
    const a = closed[seg - 1]!;
    const b = closed[seg]!;
    const t = (target - lengths[seg - 1]!) / (lengths[seg]! - lengths[seg - 1]! || 1);
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
  }
  return out;
}

/** Twice the signed area of a closed outline: positive when it runs counter-clockwise. */
function signedArea(outline: readonly Vec2[]): number {
  let sum = 0;
  outline.forEach((p, i) => {
    const q = outline[(i + 1) % outline.length]!;
    sum += p[0] * q[1] - q[0] * p[1];
  });
  return sum;
}

export function buildSlab(spec: SlabSpec, boundary = 72, rings = 8): BufferGeometry {
  // The face order below assumes a counter-clockwise outline (seen from behind); data may run either way.
  const outline = signedArea(spec.outline) < 0 ? [...spec.outline].reverse() : spec.outline;
  const edge = resampleOutline(outline, boundary);
  const [cx, cy] = spec.centre;
  // Rings bunch up towards the edge, where the rounding happens.
  const steps = Array.from({ length: rings }, (_, k) => Math.sin(((k + 1) / rings) * (Math.PI / 2)));
  const positions: number[] = [];
  const uvs: number[] = [];
  // Texture coordinates run along (u) and across (v) the fibres, so the grain follows them.
  const angle = ((spec.fibres ?? 0) * Math.PI) / 180;
  const [ax, ay] = [Math.cos(angle), Math.sin(angle)];
  const point = (x: number, y: number, side: 1 | -1, s: number) => {
    const rounding = Math.sqrt(Math.max(0, 1 - s ** 4));
    positions.push(x, y, spec.mid(x, y) + side * rounding * (spec.thickness(x, y) / 2));
    uvs.push((x * ax + y * ay) / 10, (-x * ay + y * ax) / 10);
  };
  // Vertex layout: back centre, front centre, then per ring per boundary point: back, front.
  point(cx, cy, 1, 0);
  point(cx, cy, -1, 0);
  for (const s of steps) {
    for (const [bx, by] of edge) {
      const x = cx + (bx - cx) * s;
      const y = cy + (by - cy) * s;
      point(x, y, 1, s);
      point(x, y, -1, s);
    }
  }
  const at = (ring: number, i: number, side: 0 | 1) => 2 + (ring * boundary + (i % boundary)) * 2 + side;
  const indices: number[] = [];
  for (let i = 0; i < boundary; i++) {
    indices.push(0, at(0, i, 0), at(0, i + 1, 0));
    indices.push(1, at(0, i + 1, 1), at(0, i, 1));
    for (let r = 0; r < rings - 1; r++) {
      const [a, b, c, d] = [at(r, i, 0), at(r, i + 1, 0), at(r + 1, i, 0), at(r + 1, i + 1, 0)];
      indices.push(a, c, b, b, c, d);
      const [e, f, g, h] = [at(r, i, 1), at(r, i + 1, 1), at(r + 1, i, 1), at(r + 1, i + 1, 1)];
      indices.push(e, f, g, f, h, g);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  return geometry;
}
