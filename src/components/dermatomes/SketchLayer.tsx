/** @jsxImportSource preact */
/**
 * The "client's symptoms" sketch over one view: a transparent SVG laid exactly over the figure,
 * holding the painted strokes (clipped to the body, each in its brush's pattern) and the surface
 * that takes pointer strokes (mouse, pen, finger) or keyboard dabs (arrow keys move a brush, Space paints).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { BrushPattern } from './BrushPattern.tsx';
import { BRUSH_IDS, type BrushId, type BrushStroke } from './brushes.ts';
import { VIEW_SIZE } from '../../data/dermatomes/geometry/frame.ts';
import type { ViewId, XY } from '../../data/dermatomes/types.ts';

export interface SketchLayerProps {
  view: ViewId;
  label: string;
  /** Id of the body clip path in the figure underneath. */
  clipId: string;
  /** Id of a brush's pattern in this view. */
  patternId: (brush: BrushId) => string;
  hintId: string;
  strokes: readonly BrushStroke[];
  cursor: XY;
  onBody: (view: ViewId, point: XY) => boolean;
  onStroke: (view: ViewId, point: XY, start: boolean) => void;
  /** A stroke (or a keyboard dab) is finished. */
  onStrokeEnd: () => void;
  onCursor: (view: ViewId, point: XY) => void;
}

/** Brush width in drawing units. */
export const BRUSH = 16;
const KEY_STEP = 8;

function toDrawing(event: JSX.TargetedPointerEvent<SVGRectElement>): XY | null {
  const matrix = event.currentTarget.ownerSVGElement?.getScreenCTM();
  if (!matrix) return null;
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return [Math.round(p.x), Math.round(p.y)];
}

export function SketchLayer(props: SketchLayerProps) {
  const { view, label, clipId, patternId, hintId, strokes, cursor, onBody, onStroke, onStrokeEnd, onCursor } = props;
  const { width, height } = VIEW_SIZE[view];
  const [drawing, setDrawing] = useState(false);
  const [focused, setFocused] = useState(false);

  const down = (event: JSX.TargetedPointerEvent<SVGRectElement>) => {
    const point = toDrawing(event);
    if (!point || !onBody(view, point)) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrawing(true);
    onStroke(view, point, true);
  };
  const move = (event: JSX.TargetedPointerEvent<SVGRectElement>) => {
    const point = drawing && toDrawing(event);
    if (point) onStroke(view, point, false);
  };
  const up = () => {
    if (drawing) onStrokeEnd();
    setDrawing(false);
  };
  const keyDown = (event: JSX.TargetedKeyboardEvent<SVGRectElement>) => {
    const step = event.shiftKey ? KEY_STEP * 3 : KEY_STEP;
    const delta = ({ ArrowUp: [0, -step], ArrowDown: [0, step], ArrowLeft: [-step, 0], ArrowRight: [step, 0] } as Record<string, XY>)[event.key];
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
    <svg className="derm-overlay" viewBox={`0 0 ${width} ${height}`}>
      <defs>{BRUSH_IDS.map((brush) => <BrushPattern key={brush} id={patternId(brush)} brush={brush} />)}</defs>
      <g clip-path={`url(#${clipId})`} className="derm-paint" data-paint={view}>
        {strokes.filter((s) => s.view === view).map((stroke, i) => {
          const paint = `url(#${patternId(stroke.brush)})`;
          return stroke.points.length === 1 ? (
            <circle key={i} cx={stroke.points[0]![0]} cy={stroke.points[0]![1]} r={BRUSH / 2} fill={paint} data-brush={stroke.brush} />
          ) : (
            <polyline key={i} points={stroke.points.join(' ')} stroke={paint} stroke-width={BRUSH} data-brush={stroke.brush} />
          );
        })}
      </g>
      <rect
        width={width}
        height={height}
        className="derm-sketch__surface"
        role="application"
        aria-roledescription="sketch area"
        aria-label={label}
        aria-describedby={hintId}
        tabindex={0}
        data-sketch={view}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
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
    </svg>
  );
}
