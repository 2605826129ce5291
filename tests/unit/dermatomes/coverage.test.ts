import { describe, expect, it } from 'vitest';
import { KEY_POINTS, ROOT_IDS, SOFT_EDGE, polygonProbe, sketchCoverage, type Stroke } from '../../../src/data/dermatomes/index.ts';
import { samplesAlong } from '../../../src/data/dermatomes/coverage.ts';

const cover = (...strokes: Stroke[]) => sketchCoverage(strokes, polygonProbe);

describe('the symptom sketch', () => {
  it('finds the root under a dab on each key sensory point', () => {
    for (const root of ROOT_IDS) {
      const kp = KEY_POINTS.find((k) => k.root === root)!;
      const result = cover({ view: kp.view, points: [[kp.x, kp.y]] });
      expect(result.samples).toBe(1);
      expect(result.roots.map((r) => r.root), root).toContain(root);
      expect(result.roots.find((r) => r.root === root)!.sides).toEqual([kp.side]);
    }
  });

  it('reads a stroke down the outer shin (front, viewer’s left) as mostly L5 on the right side', () => {
    const result = cover({ view: 'anterior', points: [[104, 600], [108, 700], [114, 780]] });
    expect(result.roots[0]).toMatchObject({ root: 'L5', sides: ['right'] });
    expect(result.roots[0]!.share).toBeGreaterThan(0.8);
    expect(result.referral.anterior).toBeGreaterThan(0.5);
  });

  it('reads a stroke down the back of the thigh as S2, inside the posterior fibres’ referral zone', () => {
    const result = cover({ view: 'posterior', points: [[134, 340], [136, 420], [138, 470]] });
    expect(result.roots[0]!.root).toBe('S2');
    expect(result.referral.posterior).toBeGreaterThan(0.9);
  });

  it('counts both zones where a stroke crosses a soft edge, so shares can add up past 100%', () => {
    // Down the front of the thigh, across the L1, L2 and L3 bands.
    const result = cover({ view: 'anterior', points: [[150, 230], [150, 330], [150, 430]] });
    expect(result.roots.map((r) => r.root)).toEqual(expect.arrayContaining(['L1', 'L2', 'L3']));
    expect(result.roots.reduce((sum, r) => sum + r.share, 0)).toBeGreaterThan(1);
  });

  it('ignores paint off the body and reports blank skin as unmapped', () => {
    expect(cover({ view: 'anterior', points: [[5, 5], [20, 20]] }).samples).toBe(0);
    const trunk = cover({ view: 'anterior', points: [[200, 60]] });
    expect(trunk).toMatchObject({ samples: 1, roots: [], unmapped: 1 });
  });

  it('samples strokes every few units', () => {
    const samples = samplesAlong([[0, 0], [30, 0]]);
    expect(samples[0]).toEqual([0, 0]);
    expect(samples.at(-1)).toEqual([30, 0]);
    expect(samples.length).toBe(11);
    expect(SOFT_EDGE).toBeGreaterThan(0);
  });
});
