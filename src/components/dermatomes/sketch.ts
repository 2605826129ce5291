/**
 * The symptom sketch mode: keeps the strokes, the brush in hand and the keyboard brush per view,
 * lays a sketch layer over each figure while the mode is on, and after each stroke works out what
 * every brush covers (asked of the figures on the page) and says it, on screen and to screen readers.
 */
import { VIEW_IDS, type ViewId, type XY } from '../../data/dermatomes/types.ts';
import { isBrushId, type BrushId, type BrushStroke } from './brushes.ts';
import { domProbe } from './dom-probe.ts';
import { figureIds } from './figure-ids.ts';
import { createSketchLayer, type SketchLayer } from './sketch-layer.ts';
import { renderCoverage } from './sketch-results.ts';
import { BRUSH_START, addPoint, brushCoverage, strokeAnnouncement } from './sketch-state.ts';

export interface Sketch { enter: () => void; leave: () => void }

export function enhanceSketch(root: HTMLElement, idPrefix: string, announce: (text: string) => void): Sketch {
  const panel = root.querySelector<HTMLElement>('.derm-sketch-panel')!;
  const undo = panel.querySelector<HTMLButtonElement>('[data-undo]')!;
  const clear = panel.querySelector<HTMLButtonElement>('[data-clear]')!;
  const results = panel.querySelector<HTMLElement>('[data-coverage]')!;
  const picks = [...panel.querySelectorAll<HTMLInputElement>('input[data-brush-pick]')];
  const pickPattern = (brush: BrushId) => `${panel.dataset.patternPrefix}${brush}`;
  const probe = domProbe(root);
  let strokes: BrushStroke[] = [];
  let brush: BrushId = 'pain';
  const cursor: Record<ViewId, XY> = { anterior: BRUSH_START, posterior: BRUSH_START };
  let layers: { view: ViewId; layer: SketchLayer }[] = [];

  const draw = () => { for (const { view, layer } of layers) layer.draw(strokes.filter((s) => s.view === view), cursor[view]); };
  /** After a stroke, an undo or a clear: the shares, and whether there is anything to undo. */
  const settle = () => {
    const coverage = brushCoverage(strokes, probe);
    renderCoverage(results, coverage, pickPattern);
    const empty = strokes.length === 0;
    // A button about to be disabled would drop focus to the page: hand it to the brush picker.
    if (empty && (document.activeElement === undo || document.activeElement === clear)) picks.find((p) => p.checked)?.focus();
    undo.disabled = clear.disabled = empty;
    return coverage;
  };

  for (const pick of picks) pick.checked = pick.value === brush;
  panel.addEventListener('change', (event) => {
    const value = event.target instanceof HTMLInputElement ? event.target.value : '';
    if (isBrushId(value)) brush = value;
  });
  undo.addEventListener('click', () => {
    strokes = strokes.slice(0, -1);
    draw();
    settle();
  });
  clear.addEventListener('click', () => {
    strokes = [];
    draw();
    settle();
    announce('Sketch cleared.');
  });

  const layerFor = (view: ViewId) => createSketchLayer({
    view,
    clipId: figureIds(idPrefix, view).clip,
    patternId: figureIds(idPrefix, view).brush,
    hintId: `${idPrefix}-sketch-hint`,
    onBody: probe.onBody,
    onStroke: (at, point, start) => {
      strokes = addPoint(strokes, at, brush, point, start);
      if (start) cursor[at] = point;
      draw();
    },
    // Speak once a stroke is finished, not on every pointer move.
    onStrokeEnd: () => announce(strokeAnnouncement(strokes, settle())),
    onCursor: (at, point) => {
      cursor[at] = point;
      draw();
    },
  });

  return {
    enter() {
      if (layers.length) return;
      layers = VIEW_IDS.map((view) => ({ view, layer: layerFor(view) }));
      for (const { view, layer } of layers) root.querySelector(`[data-figure="${view}"]`)?.append(layer.element);
      draw();
    },
    leave() {
      for (const { layer } of layers) layer.element.remove();
      layers = [];
    },
  };
}
