/**
 * State of the symptom sketch: the strokes (each with its brush: pain, pins and needles or numbness),
 * the brush in hand, the keyboard brush position per view, what each brush's strokes cover (asked of
 * the figures on the page), and a sentence for screen readers when a stroke ends.
 */
import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sketchCoverage, type SketchCoverage } from '../../data/dermatomes/coverage.ts';
import { rootLabel, type ViewId, type XY } from '../../data/dermatomes/types.ts';
import { BRUSH_IDS, BRUSH_LABELS, type BrushId, type BrushStroke } from './brushes.ts';
import { domProbe } from './dom-probe.ts';

/** What one brush's strokes cover; brushes not used yet are left out. */
export interface BrushCoverage { brush: BrushId; coverage: SketchCoverage }

/** Where the keyboard brush starts: mid-thigh height, on the midline. */
const BRUSH_START: XY = [200, 400];

export function useSketch(container: RefObject<HTMLElement | null>, ready: boolean, announce: (text: string) => void) {
  const [strokes, setStrokes] = useState<BrushStroke[]>([]);
  const [brush, setBrush] = useState<BrushId>('pain');
  const [finished, setFinished] = useState(0);
  const [cursor, setCursor] = useState<Record<ViewId, XY>>({ anterior: BRUSH_START, posterior: BRUSH_START });
  const probe = useMemo(() => (ready && container.current ? domProbe(container.current) : null), [container, ready]);
  // Each brush on its own: "60% of the pain you drew is in L5" means something; a share of the pain
  // and the numbness together does not.
  const coverage = useMemo<BrushCoverage[]>(() => {
    if (!probe) return [];
    return BRUSH_IDS.flatMap((id) => {
      const mine = strokes.filter((s) => s.brush === id);
      const result = mine.length ? sketchCoverage(mine, probe) : null;
      return result && result.samples > 0 ? [{ brush: id, coverage: result }] : [];
    });
  }, [probe, strokes]);

  // Speak once a stroke is finished, not on every pointer move: the effect runs on the count of
  // finished strokes only and reads the coverage as it is then.
  const latest = useRef({ coverage, strokes });
  latest.current = { coverage, strokes };
  useEffect(() => {
    if (finished === 0) return;
    const last = latest.current.strokes.at(-1)?.brush;
    const mine = latest.current.coverage.find((c) => c.brush === last);
    const roots = mine?.coverage.roots.map((r) => rootLabel(r.root)) ?? [];
    const name = last ? `${BRUSH_LABELS[last]} sketch` : 'Sketch';
    announce(roots.length ? `${name} touches ${roots.join(', ')}.` : `${name} touches no dermatome zone.`);
  }, [finished, announce]);

  const stroke = (view: ViewId, point: XY, start: boolean) => {
    setStrokes((all) => {
      const last = all.at(-1);
      if (start || !last) return [...all, { view, brush, points: [point] }];
      const prev = last.points.at(-1)!;
      if (Math.hypot(point[0] - prev[0], point[1] - prev[1]) < 2) return all;
      return [...all.slice(0, -1), { ...last, points: [...last.points, point] }];
    });
    if (start) setCursor((c) => ({ ...c, [view]: point }));
  };

  return {
    strokes,
    coverage,
    brush,
    setBrush,
    cursor,
    onBody: probe?.onBody ?? (() => false),
    stroke,
    strokeEnd: () => setFinished((n) => n + 1),
    moveCursor: (view: ViewId, point: XY) => setCursor((c) => ({ ...c, [view]: point })),
    undo: () => setStrokes((s) => s.slice(0, -1)),
    clear: () => {
      setStrokes([]);
      announce('Sketch cleared.');
    },
  };
}
