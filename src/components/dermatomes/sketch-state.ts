/**
 * The symptom sketch as plain state: strokes (each with its brush), what each brush's strokes
 * cover, the keyboard brush's moves and the sentence read out when a stroke ends. Pure: where a
 * point lies is asked of a Probe (the page's figures in the browser, polygons in tests).
 */
import { sketchCoverage, type Probe, type SketchCoverage } from '../../data/dermatomes/coverage.ts';
import { rootLabel, type ViewId, type XY } from '../../data/dermatomes/types.ts';
import { BRUSH_IDS, BRUSH_LABELS, type BrushId, type BrushStroke } from './brushes.ts';

/** What one brush's strokes cover; brushes not used yet are left out. */
export interface BrushCoverage { brush: BrushId; coverage: SketchCoverage }

/** Where the keyboard brush starts: mid-thigh height, on the midline. */
export const BRUSH_START: XY = [200, 400];
/** A pointer move shorter than this (drawing units) adds no point. */
const MIN_STEP = 2;
/** How far one arrow key moves the keyboard brush (three times with Shift). */
export const KEY_STEP = 8;

/** A new stroke at `point`, or the last stroke carried on to it. */
export function addPoint(strokes: readonly BrushStroke[], view: ViewId, brush: BrushId, point: XY, start: boolean): BrushStroke[] {
  const last = strokes.at(-1);
  if (start || !last) return [...strokes, { view, brush, points: [point] }];
  const prev = last.points.at(-1)!;
  if (Math.hypot(point[0] - prev[0], point[1] - prev[1]) < MIN_STEP) return [...strokes];
  return [...strokes.slice(0, -1), { ...last, points: [...last.points, point] }];
}

/**
 * Each brush on its own: "60% of the pain you drew is in L5" means something; a share of the pain
 * and the numbness together does not.
 */
export function brushCoverage(strokes: readonly BrushStroke[], probe: Probe): BrushCoverage[] {
  return BRUSH_IDS.flatMap((brush) => {
    const mine = strokes.filter((s) => s.brush === brush);
    const coverage = mine.length ? sketchCoverage(mine, probe) : null;
    return coverage && coverage.samples > 0 ? [{ brush, coverage }] : [];
  });
}

/** Read out once a stroke ends: which zones the last stroke's brush now touches. */
export function strokeAnnouncement(strokes: readonly BrushStroke[], coverage: readonly BrushCoverage[]): string {
  const last = strokes.at(-1)?.brush;
  const roots = coverage.find((c) => c.brush === last)?.coverage.roots.map((r) => rootLabel(r.root)) ?? [];
  const name = last ? `${BRUSH_LABELS[last]} sketch` : 'Sketch';
  return roots.length ? `${name} touches ${roots.join(', ')}.` : `${name} touches no dermatome zone.`;
}

const ARROWS: Readonly<Record<string, XY>> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/** Where an arrow key takes the keyboard brush, kept inside the view; null for any other key. */
export function cursorStep(cursor: XY, key: string, shift: boolean, size: { width: number; height: number }): XY | null {
  const direction = ARROWS[key];
  if (!direction) return null;
  const step = shift ? KEY_STEP * 3 : KEY_STEP;
  const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));
  return [clamp(cursor[0] + direction[0] * step, size.width), clamp(cursor[1] + direction[1] * step, size.height)];
}

export const percent = (share: number): string => `${Math.round(share * 100)}%`;
