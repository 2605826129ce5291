/**
 * Where the 3D view's labels go on screen: two columns at the side edges, each label as near the
 * height of its anchor as the others allow, never overlapping another label (in its own column or,
 * on a narrow view, a wide one from the other column) and, where there is room, never covering an
 * entrapment marker (a numbered circle a reader may want to read or tap). Pure, so it is tested
 * without a browser; LabelProjector feeds it projected anchors and markers every frame.
 */

/** Space kept between stacked labels, from the view's edge, and around a marker, in CSS pixels. */
export const GAP = 3;
export const EDGE = 4;

export interface LabelBox {
  index: number;
  /** The anchor's projected position; `y` becomes the label's top once stacked. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** In the left column (anchor on the left half), else the right. */
  left: boolean;
}

/** A marker on screen: centre and radius, in CSS pixels. */
export interface Circle {
  x: number;
  y: number;
  r: number;
}

/** Something a label should not cover, as a screen rectangle. */
interface Obstacle {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The label's left edge once placed in its column. */
export function columnX(box: LabelBox, viewWidth: number): number {
  return box.left ? EDGE : viewWidth - EDGE - box.width;
}

function around(c: Circle): Obstacle {
  return { x0: c.x - c.r - GAP, x1: c.x + c.r + GAP, y0: c.y - c.r - GAP, y1: c.y + c.r + GAP };
}

function placedBox(box: LabelBox, viewWidth: number): Obstacle {
  const x0 = columnX(box, viewWidth);
  return { x0: x0 - GAP, x1: x0 + box.width + GAP, y0: box.y - GAP, y1: box.y + box.height + GAP };
}

/** What one column's labels must keep off, in a view of a given width. */
interface Column {
  viewWidth: number;
  obstacles: readonly Obstacle[];
}

/** The obstacles a label with its top at `top` would cover. */
function covered(column: Column, box: LabelBox, top: number): Obstacle[] {
  const x0 = columnX(box, column.viewWidth);
  const x1 = x0 + box.width;
  return column.obstacles.filter((o) => o.x1 > x0 && o.x0 < x1 && o.y1 > top && o.y0 < top + box.height);
}

/** The nearest top at or below `top` that covers nothing. */
function down(column: Column, box: LabelBox, top: number): number {
  for (let hit = covered(column, box, top); hit.length > 0; hit = covered(column, box, top)) {
    top = Math.max(...hit.map((o) => o.y1));
  }
  return top;
}

/** The nearest top at or above `top` that covers nothing and is not above `floor`; undefined if none. */
function up(column: Column, box: LabelBox, top: number, floor: number): number | undefined {
  for (let hit = covered(column, box, top); hit.length > 0; hit = covered(column, box, top)) {
    top = Math.min(...hit.map((o) => o.y0)) - box.height;
    if (top < floor) return undefined;
  }
  return top < floor ? undefined : top;
}

/**
 * Stacks one column in place: sorted by anchor height, each label centred on its anchor unless the
 * one above pushes it down, and moved the shorter way round anything it would cover; then the column
 * is pushed back up from the bottom edge if it ran off. When a crowded column has no room to go round
 * an obstacle, the label covers it rather than leave the view or overlap its own column.
 */
export function stackColumn(items: LabelBox[], viewWidth: number, viewHeight: number, markers: readonly Circle[] = [], others: readonly LabelBox[] = []): void {
  const column: Column = { viewWidth, obstacles: [...markers.map(around), ...others.map((o) => placedBox(o, viewWidth))] };
  items.sort((a, b) => a.y - b.y);
  let next = EDGE;
  for (const it of items) {
    const top = Math.max(it.y - it.height / 2, next);
    const below = down(column, it, top);
    const above = up(column, it, top, next);
    it.y = above !== undefined && top - above < below - top ? above : below;
    next = it.y + it.height + GAP;
  }
  let limit = viewHeight - EDGE;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    const top = Math.min(it.y, limit - it.height);
    it.y = top < it.y ? (up(column, it, top, EDGE) ?? top) : top;
    limit = it.y - GAP;
  }
}

/**
 * Both columns: the right one first, then the left one going round the right one's labels where a
 * wide label reaches across the middle of a narrow view.
 */
export function stackLabels(items: readonly LabelBox[], viewWidth: number, viewHeight: number, markers: readonly Circle[] = []): void {
  const right = items.filter((it) => !it.left);
  stackColumn(right, viewWidth, viewHeight, markers);
  stackColumn(items.filter((it) => it.left), viewWidth, viewHeight, markers, right);
}
