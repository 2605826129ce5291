import { describe, expect, it } from 'vitest';
import { polygonProbe } from '../../../src/data/dermatomes/index.ts';
import { addPoint, brushCoverage, cursorStep, KEY_STEP, strokeAnnouncement } from '../../../src/components/dermatomes/sketch-state.ts';
import type { BrushStroke } from '../../../src/components/dermatomes/brushes.ts';

const OUTER_SHIN = [[104, 600], [108, 700], [114, 780]] as const;
const drag = (brush: BrushStroke['brush'], points: readonly (readonly [number, number])[], strokes: BrushStroke[] = []) =>
  points.reduce<BrushStroke[]>((all, p, i) => addPoint(all, 'anterior', brush, p, i === 0), strokes);

describe('painting strokes', () => {
  it('starts a stroke on pointer down and carries it on, skipping moves too small to see', () => {
    let strokes = addPoint([], 'anterior', 'pain', [100, 100], true);
    strokes = addPoint(strokes, 'anterior', 'pain', [101, 100], false);
    strokes = addPoint(strokes, 'anterior', 'pain', [110, 100], false);
    expect(strokes).toEqual([{ view: 'anterior', brush: 'pain', points: [[100, 100], [110, 100]] }]);
    strokes = addPoint(strokes, 'posterior', 'numbness', [50, 50], true);
    expect(strokes.map((s) => s.brush)).toEqual(['pain', 'numbness']);
  });

  it('gives each brush its own shares, and leaves unused brushes out', () => {
    const strokes = drag('numbness', OUTER_SHIN);
    const coverage = brushCoverage(strokes, polygonProbe);
    expect(coverage.map((c) => c.brush)).toEqual(['numbness']);
    expect(coverage[0]!.coverage.roots[0]!.root).toBe('L5');
    expect(strokeAnnouncement(strokes, coverage)).toBe('Numbness sketch touches L5.');
    const more = drag('pins-and-needles', [[300, 600], [296, 650], [292, 700]], strokes);
    expect(brushCoverage(more, polygonProbe).map((c) => c.brush)).toEqual(['pins-and-needles', 'numbness']);
  });

  it('says so when a stroke touches no zone', () => {
    const strokes = drag('pain', [[5, 5]]);
    expect(strokeAnnouncement(strokes, brushCoverage(strokes, polygonProbe))).toBe('Pain sketch touches no dermatome zone.');
  });
});

describe('the keyboard brush', () => {
  const size = { width: 400, height: 925 };
  it('moves by a step per arrow key, three with Shift, and stays inside the view', () => {
    expect(cursorStep([200, 400], 'ArrowLeft', false, size)).toEqual([200 - KEY_STEP, 400]);
    expect(cursorStep([200, 400], 'ArrowDown', true, size)).toEqual([200, 400 + 3 * KEY_STEP]);
    expect(cursorStep([2, 920], 'ArrowLeft', false, size)).toEqual([0, 920]);
    expect(cursorStep([2, 920], 'ArrowDown', true, size)).toEqual([2, 925]);
    expect(cursorStep([200, 400], 'a', false, size)).toBeNull();
  });
});
