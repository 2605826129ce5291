import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE, GAP, columnX, stackColumn, stackLabels, type Circle, type LabelBox } from '../../../src/components/variants/scene/label-stack.ts';

// The 3D view's labels: stacked at the side edges, never over each other, and off the numbered
// entrapment markers where the column has room (the phone's close-up had "Sacrum and coccyx"
// over marker 2).
const WIDTH = 343;
const HEIGHT = 378;
const label = (index: number, y: number, width = 140, left = true): LabelBox => ({ index, x: left ? 60 : 280, y, width, height: 22, left });

const overlaps = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) => a.top < b.bottom && b.top < a.bottom;
const span = (box: LabelBox) => ({ top: box.y, bottom: box.y + box.height });
const covers = (box: LabelBox, m: Circle) => {
  const x0 = columnX(box, WIDTH);
  return m.x + m.r > x0 && m.x - m.r < x0 + box.width && m.y + m.r > box.y && m.y - m.r < box.y + box.height;
};

describe('stackColumn', () => {
  it('centres a lone label on its anchor', () => {
    const items = [label(0, 100)];
    stackColumn(items, WIDTH, HEIGHT);
    expect(items[0]!.y).toBe(89);
  });

  it('moves a label off a marker in its column, the shorter way round', () => {
    const marker: Circle = { x: 130, y: 124, r: 12 };
    const lower = [label(0, 130)]; // centred it would start at 119: 20 px down clears the marker, 32 up
    stackColumn(lower, WIDTH, HEIGHT, [marker]);
    expect(lower[0]!.y).toBe(124 + 12 + GAP);
    const higher = [label(0, 118)]; // starts at 107: 20 px up clears it, 32 down
    stackColumn(higher, WIDTH, HEIGHT, [marker]);
    expect(higher[0]!.y).toBe(124 - 12 - GAP - 22);
    for (const it of [...lower, ...higher]) expect(covers(it, marker)).toBe(false);
  });

  it('keeps a wide label of one column off a wide label of the other on a narrow view', () => {
    // "Sacrum and coccyx" on the left and "Sciatic nerve (undivided)" on the right overlap in x in a 313 px view.
    const narrow = 313;
    const items = [label(0, 196, 136, true), label(1, 200, 180, false)];
    stackLabels(items, narrow, HEIGHT);
    const [left, right] = items;
    expect(columnX(left!, narrow) + left!.width).toBeGreaterThan(columnX(right!, narrow));
    expect(overlaps(span(left!), span(right!))).toBe(false);
  });

  it('leaves a label where it is when the marker is outside its column', () => {
    const items = [label(0, 126, 80)];
    stackColumn(items, WIDTH, HEIGHT, [{ x: 200, y: 124, r: 12 }]);
    expect(items[0]!.y).toBe(115);
  });

  it('goes up round a marker when pushed back from the bottom edge', () => {
    const marker: Circle = { x: 100, y: 340, r: 12 };
    const items = [label(0, 360)];
    stackColumn(items, WIDTH, HEIGHT, [marker]);
    expect(items[0]!.y).toBe(340 - 12 - GAP - 22);
    expect(covers(items[0]!, marker)).toBe(false);
  });

  it('puts right-hand labels against the right edge', () => {
    expect(columnX(label(0, 10, 100, false), WIDTH)).toBe(WIDTH - EDGE - 100);
  });

  it('never overlaps two labels, keeps them inside the view, and off every marker when they fit', () => {
    const column = fc.array(fc.integer({ min: 0, max: HEIGHT }), { minLength: 1, maxLength: 6 });
    const markers = fc.array(fc.record({ x: fc.integer({ min: 0, max: WIDTH }), y: fc.integer({ min: 0, max: HEIGHT }), r: fc.constant(12) }), { maxLength: 3 });
    fc.assert(
      fc.property(column, markers, (ys, circles) => {
        const items = ys.map((y, i) => label(i, y));
        stackColumn(items, WIDTH, HEIGHT, circles);
        const sorted = [...items].sort((a, b) => a.y - b.y);
        for (let i = 1; i < sorted.length; i++) expect(overlaps(span(sorted[i - 1]!), span(sorted[i]!))).toBe(false);
        for (const it of items) {
          expect(it.y).toBeGreaterThanOrEqual(EDGE - 1e-9);
          expect(it.y + it.height).toBeLessThanOrEqual(HEIGHT - EDGE + 1e-9);
        }
        // With one label and one marker there is always room above or below: it must be clear.
        if (items.length === 1 && circles.length === 1) expect(covers(items[0]!, circles[0]!)).toBe(false);
      }),
    );
  });

  it('never lets two labels of either column overlap when both columns fit', () => {
    const narrow = 313;
    const boxes = fc.array(fc.record({ y: fc.integer({ min: 0, max: HEIGHT }), width: fc.integer({ min: 60, max: 200 }), left: fc.boolean() }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(boxes, (specs) => {
        const items = specs.map((b, i) => label(i, b.y, b.width, b.left));
        stackLabels(items, narrow, HEIGHT);
        for (const a of items) for (const b of items) {
          if (a === b) continue;
          const ax = columnX(a, narrow);
          const bx = columnX(b, narrow);
          const acrossX = ax < bx + b.width && bx < ax + a.width;
          expect(acrossX && overlaps(span(a), span(b)), `labels ${a.index} and ${b.index}`).toBe(false);
        }
      }),
    );
  });
});
