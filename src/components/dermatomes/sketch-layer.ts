/**
 * The "client's symptoms" sketch over one view: a transparent SVG laid exactly over the figure,
 * holding the painted strokes (clipped to the body, each in its brush's pattern, both defined in the
 * figure) and the surface that takes pointer strokes (mouse, pen, finger) or keyboard dabs (arrow
 * keys move a brush, Space or Enter paints). It only reports what the reader does; sketch.ts keeps
 * the strokes and asks for a redraw.
 */
import { VIEW_SIZE } from '../../data/dermatomes/geometry/frame.ts';
import type { ViewId, XY } from '../../data/dermatomes/types.ts';
import type { BrushId, BrushStroke } from './brushes.ts';
import { cursorStep } from './sketch-state.ts';
import { svg } from './svg.ts';

export interface SketchLayerOptions {
  view: ViewId;
  /** Id of the body clip path in the figure underneath. */
  clipId: string;
  /** Id of a brush's pattern in the figure underneath. */
  patternId: (brush: BrushId) => string;
  /** Id of the instructions the surface is described by. */
  hintId: string;
  onBody: (view: ViewId, point: XY) => boolean;
  onStroke: (view: ViewId, point: XY, start: boolean) => void;
  /** A stroke (or a keyboard dab) is finished. */
  onStrokeEnd: () => void;
  onCursor: (view: ViewId, point: XY) => void;
}

export interface SketchLayer {
  element: SVGSVGElement;
  /** Redraws this view's strokes and the keyboard brush. */
  draw: (strokes: readonly BrushStroke[], cursor: XY) => void;
}

/** Brush width in drawing units. */
export const BRUSH = 16;

export function createSketchLayer(options: SketchLayerOptions): SketchLayer {
  const { view, clipId, patternId, hintId, onBody, onStroke, onStrokeEnd, onCursor } = options;
  const size = VIEW_SIZE[view];
  const paint = svg('g', { 'clip-path': `url(#${clipId})`, class: 'derm-paint', 'data-paint': view });
  const surface = svg('rect', {
    width: size.width,
    height: size.height,
    class: 'derm-sketch__surface',
    role: 'application',
    'aria-roledescription': 'sketch area',
    'aria-label': `Sketch area, ${view === 'anterior' ? 'front' : 'back'} view`,
    'aria-describedby': hintId,
    tabindex: 0,
    'data-sketch': view,
  });
  const cursorMark = svg('g', { 'aria-hidden': 'true', class: 'derm-sketch__cursor' });
  const element = svg('svg', { class: 'derm-overlay', viewBox: `0 0 ${size.width} ${size.height}` }, paint, surface);
  let cursor: XY = [0, 0];
  let drawing = false;

  const toDrawing = (event: PointerEvent): XY | null => {
    const matrix = element.getScreenCTM();
    if (!matrix) return null;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [Math.round(p.x), Math.round(p.y)];
  };

  surface.addEventListener('pointerdown', (event) => {
    const point = toDrawing(event);
    if (!point || !onBody(view, point)) return;
    event.preventDefault();
    surface.setPointerCapture(event.pointerId);
    drawing = true;
    onStroke(view, point, true);
  });
  surface.addEventListener('pointermove', (event) => {
    const point = drawing && toDrawing(event);
    if (point) onStroke(view, point, false);
  });
  const up = () => {
    if (drawing) onStrokeEnd();
    drawing = false;
  };
  surface.addEventListener('pointerup', up);
  surface.addEventListener('pointercancel', up);
  surface.addEventListener('keydown', (event) => {
    const moved = cursorStep(cursor, event.key, event.shiftKey, size);
    if (moved) {
      event.preventDefault();
      onCursor(view, moved);
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (!onBody(view, cursor)) return;
      onStroke(view, cursor, true);
      onStrokeEnd();
    }
  });
  // The keyboard brush shows only while the surface has focus.
  surface.addEventListener('focus', () => element.append(cursorMark));
  surface.addEventListener('blur', () => cursorMark.remove());

  function draw(strokes: readonly BrushStroke[], at: XY): void {
    cursor = at;
    paint.replaceChildren(...strokes.map((stroke) => {
      const fill = `url(#${patternId(stroke.brush)})`;
      const [first] = stroke.points;
      return stroke.points.length === 1 && first
        ? svg('circle', { cx: first[0], cy: first[1], r: BRUSH / 2, fill, 'data-brush': stroke.brush })
        : svg('polyline', { points: stroke.points.join(' '), stroke: fill, 'stroke-width': BRUSH, 'data-brush': stroke.brush });
    }));
    const [x, y] = at;
    cursorMark.replaceChildren(
      svg('circle', { cx: x, cy: y, r: BRUSH / 2 }),
      svg('path', { d: `M${x - 14} ${y}h8m12 0h8M${x} ${y - 14}v8m0 12v8` }),
    );
  }

  return { element, draw };
}
