/**
 * The "client's symptoms" sketch on one view: the painted strokes, and the surface that takes
 * pointer strokes (mouse, pen, finger) or keyboard dabs (arrow keys move a brush, Space paints).
 */
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { onBody, type Stroke, type ViewId, type XY } from '../../data/dermatomes/index.ts';

export interface SketchProps {
  strokes: readonly Stroke[];
  cursor: XY;
  hintId: string;
  onStroke: (view: ViewId, point: XY, start: boolean) => void;
  /** A stroke (or a keyboard dab) is finished. */
  onStrokeEnd: () => void;
  onCursor: (view: ViewId, point: XY) => void;
}

/** Brush width in drawing units. */
export const BRUSH = 16;
const KEY_STEP = 8;

export function SketchPaint({ strokes, view }: { strokes: readonly Stroke[]; view: ViewId }) {
  return (
    <g className="derm-paint" data-paint={view}>
      {strokes.filter((s) => s.view === view).map((stroke, i) =>
        stroke.points.length === 1 ? (
          <circle key={i} cx={stroke.points[0]![0]} cy={stroke.points[0]![1]} r={BRUSH / 2} />
        ) : (
          <polyline key={i} points={stroke.points.map((p) => p.join(',')).join(' ')} strokeWidth={BRUSH} />
        ),
      )}
    </g>
  );
}

function toDrawing(event: PointerEvent<SVGRectElement>): XY | null {
  const svg = event.currentTarget.ownerSVGElement;
  const matrix = svg?.getScreenCTM();
  if (!svg || !matrix) return null;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return [Math.round(point.x * 10) / 10, Math.round(point.y * 10) / 10];
}

export function SketchControl(props: SketchProps & { view: ViewId; width: number; height: number; label: string }) {
  const { view, width, height, label, cursor, hintId, onStroke, onStrokeEnd, onCursor } = props;
  const [drawing, setDrawing] = useState(false);
  const [focused, setFocused] = useState(false);

  const down = (event: PointerEvent<SVGRectElement>) => {
    const point = toDrawing(event);
    if (!point || !onBody(view, point)) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrawing(true);
    onStroke(view, point, true);
  };
  const move = (event: PointerEvent<SVGRectElement>) => {
    if (!drawing) return;
    const point = toDrawing(event);
    if (point) onStroke(view, point, false);
  };
  const keyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const step = event.shiftKey ? KEY_STEP * 3 : KEY_STEP;
    const moves: Record<string, XY> = { ArrowUp: [0, -step], ArrowDown: [0, step], ArrowLeft: [-step, 0], ArrowRight: [step, 0] };
    const delta = moves[event.key];
    if (delta) {
      event.preventDefault();
      onCursor(view, [Math.min(width, Math.max(0, cursor[0] + delta[0])), Math.min(height, Math.max(0, cursor[1] + delta[1]))]);
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (!onBody(view, cursor)) return;
      onStroke(view, cursor, true);
      onStrokeEnd();
    }
  };

  return (
    <g className="derm-sketch">
      <rect
        x="0" y="0" width={width} height={height}
        className="derm-sketch__surface"
        role="application"
        aria-roledescription="sketch area"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        data-sketch={view}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={() => { if (drawing) onStrokeEnd(); setDrawing(false); }}
        onPointerCancel={() => { if (drawing) onStrokeEnd(); setDrawing(false); }}
        onKeyDown={keyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      {focused && (
        <g aria-hidden="true" className="derm-sketch__cursor">
          <circle cx={cursor[0]} cy={cursor[1]} r={BRUSH / 2} />
          <path d={`M${cursor[0] - 14} ${cursor[1]}h8m12 0h8M${cursor[0]} ${cursor[1] - 14}v8m0 12v8`} />
        </g>
      )}
    </g>
  );
}
