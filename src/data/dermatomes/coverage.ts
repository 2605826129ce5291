/**
 * The "client's symptoms" sketch: which roots' zones (and which gluteus minimus referral zones) a
 * painted area touches. Strokes are sampled every few drawing units; a sample counts for every zone
 * it falls in or lies just beside (the zones' soft edges), so overlapping zones both count.
 *
 * Where a point lies is asked of a Probe: geometry/probe.ts answers from the zone polygons (tests,
 * other pages), the map answers from the drawn SVG shapes, so the browser needs no shape data.
 */
import type { RootId, Side, ViewId, XY } from './types.ts';
import { ROOT_IDS } from './types.ts';
import type { FibreGroup } from './geometry/referral.ts';

export interface Stroke { view: ViewId; points: readonly XY[] }

export interface Probe {
  onBody: (view: ViewId, point: XY) => boolean;
  /** The zones whose shape contains the point. */
  zonesAt: (view: ViewId, point: XY) => { root: RootId; side: Side }[];
  referralAt: (view: ViewId, point: XY) => FibreGroup[];
}

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

/** How far beyond a zone's drawn edge a sample still counts for it (the soft edge). */
export const SOFT_EDGE = 5;
const STEP = 3;
const NEAR: readonly XY[] = [[0, 0], [SOFT_EDGE, 0], [-SOFT_EDGE, 0], [0, SOFT_EDGE], [0, -SOFT_EDGE]];

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

export function sketchCoverage(strokes: readonly Stroke[], probe: Probe): SketchCoverage {
  const hits = new Map<RootId, { count: number; sides: Set<Side> }>();
  const referral: Record<FibreGroup, number> = { anterior: 0, posterior: 0 };
  let samples = 0;
  let unmapped = 0;
  for (const { view, points } of strokes) {
    for (const point of samplesAlong(points)) {
      if (!probe.onBody(view, point)) continue;
      samples += 1;
      const touched = new Set<RootId>();
      for (const [dx, dy] of NEAR) {
        for (const { root, side } of probe.zonesAt(view, [point[0] + dx, point[1] + dy])) {
          touched.add(root);
          const entry = hits.get(root) ?? { count: 0, sides: new Set<Side>() };
          entry.sides.add(side);
          hits.set(root, entry);
        }
      }
      for (const root of touched) hits.get(root)!.count += 1;
      if (touched.size === 0) unmapped += 1;
      for (const fibres of probe.referralAt(view, point)) referral[fibres] += 1;
    }
  }
  const share = (n: number) => (samples === 0 ? 0 : n / samples);
  const roots = ROOT_IDS.filter((id) => hits.has(id))
    .map((root) => ({ root, share: share(hits.get(root)!.count), sides: [...hits.get(root)!.sides].sort() }))
    .sort((a, b) => b.share - a.share || ROOT_IDS.indexOf(a.root) - ROOT_IDS.indexOf(b.root));
  return { samples, roots, unmapped: share(unmapped), referral: { anterior: share(referral.anterior), posterior: share(referral.posterior) } };
}
