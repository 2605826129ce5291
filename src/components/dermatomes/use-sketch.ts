/**
 * State of the symptom sketch: the strokes, the keyboard brush per view, what the strokes cover
 * (asked of the figures on the page), and a sentence for screen readers when a stroke ends.
 */
import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sketchCoverage, type SketchCoverage, type Stroke } from '../../data/dermatomes/coverage.ts';
import { rootLabel, type ViewId, type XY } from '../../data/dermatomes/types.ts';
import { domProbe } from './dom-probe.ts';

const NOTHING: SketchCoverage = { samples: 0, roots: [], unmapped: 0, referral: { anterior: 0, posterior: 0 } };
/** Where the keyboard brush starts: mid-thigh height, on the midline. */
const BRUSH_START: XY = [200, 400];

export function useSketch(container: RefObject<HTMLElement | null>, ready: boolean, announce: (text: string) => void) {
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [finished, setFinished] = useState(0);
  const [cursor, setCursor] = useState<Record<ViewId, XY>>({ anterior: BRUSH_START, posterior: BRUSH_START });
  const probe = useMemo(() => (ready && container.current ? domProbe(container.current) : null), [container, ready]);
  const coverage = useMemo(() => (probe && strokes.length ? sketchCoverage(strokes, probe) : NOTHING), [probe, strokes]);

  // Speak once a stroke is finished, not on every pointer move: the effect runs on the count of
  // finished strokes only and reads the coverage as it is then.
  const latest = useRef(coverage);
  latest.current = coverage;
  useEffect(() => {
    if (finished === 0) return;
    const roots = latest.current.roots.map((r) => rootLabel(r.root));
    announce(roots.length ? `Sketch touches ${roots.join(', ')}.` : 'Sketch touches no dermatome zone.');
  }, [finished, announce]);

  const stroke = (view: ViewId, point: XY, start: boolean) => {
    setStrokes((all) => {
      const last = all.at(-1);
      if (start || !last) return [...all, { view, points: [point] }];
      const prev = last.points.at(-1)!;
      if (Math.hypot(point[0] - prev[0], point[1] - prev[1]) < 2) return all;
      return [...all.slice(0, -1), { view: last.view, points: [...last.points, point] }];
    });
    if (start) setCursor((c) => ({ ...c, [view]: point }));
  };

  return {
    strokes,
    coverage,
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
