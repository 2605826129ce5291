/**
 * The "client's symptoms" sketch: which roots' zones (and which gluteus minimus referral zones) a
 * painted area touches. Strokes are sampled every few drawing units; each sample on the body counts
 * for every zone it falls in or lies just beside, because zones overlap at their soft edges.
 */
import type { RootId, Side, ViewId, XY } from './types.ts';
import { ROOT_IDS } from './types.ts';
import { MAP_REGIONS } from './geometry/regions.ts';
import { SILHOUETTES } from './geometry/outline.ts';
import { distanceToPolygon, insidePolygon } from './geometry/smooth.ts';
import { REFERRAL_ZONES, type FibreGroup } from './gluteus-minimus.ts';

export interface Stroke { view: ViewId; points: readonly XY[] }

export interface RootShare { root: RootId; share: number; sides: Side[] }

export interface SketchCoverage {
  /** Samples that fell on the body. */
  samples: number;
  /** Roots touched, biggest share first; shares can add up to more than 1 where zones overlap. */
  roots: RootShare[];
  /** Share of the sketch outside every drawn zone (the blank areas where maps disagree). */
  unmapped: number;
  /** Share of the sketch inside each gluteus minimus referral zone. */
  referral: Record<FibreGroup, number>;
}

/** How far outside a zone's drawn edge a sample still counts for it (the soft edge). */
export const SOFT_EDGE = 5;
const STEP = 3;

/** Points along a stroke, every STEP units (a single dab is one point). */
export function samplesAlong(points: readonly XY[]): XY[] {
  const out: XY[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (!prev) return void out.push(p);
    const steps = Math.max(1, Math.ceil(Math.hypot(p[0] - prev[0], p[1] - prev[1]) / STEP));
    for (let s = 1; s <= steps; s++) out.push([prev[0] + ((p[0] - prev[0]) * s) / steps, prev[1] + ((p[1] - prev[1]) * s) / steps]);
  });
  return out;
}

export function onBody(view: ViewId, point: XY): boolean {
  return SILHOUETTES[view].polygons.some((polygon) => insidePolygon(point, polygon));
}

const inZone = (point: XY, polygons: readonly (readonly XY[])[], edge: number): boolean =>
  polygons.some((polygon) => insidePolygon(point, polygon) || (edge > 0 && distanceToPolygon(point, polygon) <= edge));

export function sketchCoverage(strokes: readonly Stroke[]): SketchCoverage {
  const hits = new Map<RootId, { count: number; sides: Set<Side> }>();
  const referral: Record<FibreGroup, number> = { anterior: 0, posterior: 0 };
  let samples = 0;
  let unmapped = 0;
  for (const stroke of strokes) {
    const regions = MAP_REGIONS.filter((r) => r.view === stroke.view);
    const zones = REFERRAL_ZONES.filter((z) => z.view === stroke.view);
    for (const point of samplesAlong(stroke.points)) {
      if (!onBody(stroke.view, point)) continue;
      samples += 1;
      const touched = new Set<RootId>();
      for (const region of regions) {
        if (!inZone(point, region.polygons, SOFT_EDGE)) continue;
        touched.add(region.root);
        const entry = hits.get(region.root) ?? { count: 0, sides: new Set<Side>() };
        entry.sides.add(region.side);
        hits.set(region.root, entry);
      }
      for (const root of touched) hits.get(root)!.count += 1;
      if (touched.size === 0) unmapped += 1;
      for (const fibres of ['anterior', 'posterior'] as const) {
        if (zones.some((z) => z.fibres === fibres && inZone(point, z.polygons, 0))) referral[fibres] += 1;
      }
    }
  }
  const share = (n: number) => (samples === 0 ? 0 : n / samples);
  const roots = ROOT_IDS.filter((id) => hits.has(id))
    .map((root) => ({ root, share: share(hits.get(root)!.count), sides: [...hits.get(root)!.sides].sort() }))
    .sort((a, b) => b.share - a.share || ROOT_IDS.indexOf(a.root) - ROOT_IDS.indexOf(b.root));
  return { samples, roots, unmapped: share(unmapped), referral: { anterior: share(referral.anterior), posterior: share(referral.posterior) } };
}
