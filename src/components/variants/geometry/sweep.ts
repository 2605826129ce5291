/**
 * Turns a list of rings (closed loops of points, all the same length) into a smooth closed surface.
 * Lofts, tubes and the piriformis bellies are all built this way: the ring is the section, the list
 * runs along the structure. Ends are closed with rounded caps made of shrinking rings.
 */
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { add, scale, sub, type Vec3 } from '../../../data/variants/vec.ts';

export interface SweepOptions {
  /** How many shrinking rings close each end (0 leaves the end open). */
  capRings?: number;
  /** How far the rounded cap bulges past the end, as a fraction of the end ring's size. */
  capDepth?: number;
  /** Texture coordinate along the length per unit of distance (for stripes), else 0..1. */
  uPerUnit?: number;
}

function centroid(ring: readonly Vec3[]): Vec3 {
  let c: Vec3 = [0, 0, 0];
  for (const p of ring) c = add(c, p);
  return scale(c, 1 / ring.length);
}

function radiusOf(ring: readonly Vec3[], c: Vec3): number {
  return ring.reduce((sum, p) => sum + Math.hypot(...sub(p, c)), 0) / ring.length;
}

/** Rounded cap rings beyond an end ring, moving along `dir` and shrinking to a point. */
function capRings(end: readonly Vec3[], dir: Vec3, count: number, depth: number): Vec3[][] {
  const c = centroid(end);
  const bulge = radiusOf(end, c) * depth;
  const out: Vec3[][] = [];
  for (let k = 1; k <= count; k++) {
    const phi = (k / count) * (Math.PI / 2);
    const shrink = Math.cos(phi);
    const centre = add(c, scale(dir, Math.sin(phi) * bulge));
    out.push(end.map((p) => add(centre, scale(sub(p, c), shrink))));
  }
  return out;
}

export function sweep(rings: readonly (readonly Vec3[])[], options: SweepOptions = {}): BufferGeometry {
  const { capRings: caps = 3, capDepth = 0.6, uPerUnit } = options;
  const first = rings[0]!;
  const last = rings[rings.length - 1]!;
  const startDir = sub(centroid(first), centroid(rings[1] ?? first));
  const endDir = sub(centroid(last), centroid(rings[rings.length - 2] ?? last));
  const norm = (v: Vec3): Vec3 => scale(v, 1 / (Math.hypot(...v) || 1));
  const all = [
    ...(caps > 0 ? capRings(first, norm(startDir), caps, capDepth).reverse() : []),
    ...rings,
    ...(caps > 0 ? capRings(last, norm(endDir), caps, capDepth) : []),
  ];
  const n = first.length;
  const positions: number[] = [];
  const uvs: number[] = [];
  // Distance along the centre line, for texture stripes that keep their spacing.
  let travelled = 0;
  let previous = centroid(all[0]!);
  all.forEach((ring, r) => {
    const c = centroid(ring);
    travelled += Math.hypot(...sub(c, previous));
    previous = c;
    const u = uPerUnit === undefined ? r / (all.length - 1) : travelled * uPerUnit;
    // n + 1 points per ring: the seam point is repeated so the texture wraps cleanly.
    for (let i = 0; i <= n; i++) {
      const p = ring[i % n]!;
      positions.push(p[0], p[1], p[2]);
      uvs.push(u, i / n);
    }
  });
  const indices: number[] = [];
  const stride = n + 1;
  for (let r = 0; r < all.length - 1; r++) {
    for (let i = 0; i < n; i++) {
      const a = r * stride + i;
      const b = a + stride;
      // Counter-clockwise rings (about the direction of travel) need this order for outward faces.
      indices.push(a, a + 1, b, a + 1, b + 1, b);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  weldSeamNormals(geometry, all.length, stride);
  return geometry;
}

/** The repeated seam points got one-sided normals; give both copies their average. */
function weldSeamNormals(geometry: BufferGeometry, ringCount: number, stride: number): void {
  const normal = geometry.getAttribute('normal') as Float32BufferAttribute;
  for (let r = 0; r < ringCount; r++) {
    const a = r * stride;
    const b = a + stride - 1;
    const x = normal.getX(a) + normal.getX(b);
    const y = normal.getY(a) + normal.getY(b);
    const z = normal.getZ(a) + normal.getZ(b);
    const l = Math.hypot(x, y, z) || 1;
    normal.setXYZ(a, x / l, y / l, z / l);
    normal.setXYZ(b, x / l, y / l, z / l);
  }
  normal.needsUpdate = true;
}
