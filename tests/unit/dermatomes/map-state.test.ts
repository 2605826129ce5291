import { describe, expect, it } from 'vitest';
import { ROOT_IDS } from '../../../src/data/dermatomes/index.ts';
import { shownViews, startingView, viewForMode } from '../../../src/components/dermatomes/map-options.ts';
import { NO_SELECTIONS, selectionAnnouncement, withSelection } from '../../../src/components/dermatomes/selection.ts';
import { DEFAULT_LAYERS, layersAttr } from '../../../src/components/dermatomes/compare-layers.ts';

describe('the starting view', () => {
  it('is both views on a wide screen, and the page’s own choice when it has one', () => {
    expect(startingView({ fixed: undefined, mode: 'explore', narrow: false, root: 'S1' })).toBe('both');
    expect(startingView({ fixed: 'posterior', mode: 'explore', narrow: false, root: null })).toBe('posterior');
    expect(startingView({ fixed: 'anterior', mode: 'compare', narrow: true, root: 'S1' })).toBe('anterior');
  });

  it('is one view on a narrow screen: the back for a back root or for compare, else the front', () => {
    const narrow = (root: (typeof ROOT_IDS)[number] | null, mode: 'explore' | 'compare' = 'explore') => startingView({ fixed: undefined, mode, narrow: true, root });
    expect(narrow(null)).toBe('anterior');
    expect(narrow(null, 'compare')).toBe('posterior');
    expect(ROOT_IDS.map((r) => narrow(r))).toEqual(['anterior', 'anterior', 'anterior', 'anterior', 'anterior', 'posterior', 'posterior', 'posterior', 'posterior']);
  });

  it('turns to the back on entering compare only when one front view is all that fits', () => {
    expect(viewForMode('compare', 'anterior', true)).toBe('posterior');
    expect(viewForMode('compare', 'anterior', false)).toBe('anterior');
    expect(viewForMode('compare', 'both', true)).toBe('both');
    expect(viewForMode('explore', 'anterior', true)).toBe('anterior');
    expect(shownViews('both')).toEqual(['anterior', 'posterior']);
    expect(shownViews('posterior')).toEqual(['posterior']);
  });
});

describe('each mode’s own selection', () => {
  it('changes only the mode it is made in', () => {
    const explore = withSelection(NO_SELECTIONS, 'explore', { root: 'L5', side: 'left' });
    const both = withSelection(explore, 'find', { root: 'S1', side: null });
    expect(both).toEqual({ explore: { root: 'L5', side: 'left' }, find: { root: 'S1', side: null }, compare: null, sketch: null });
    expect(NO_SELECTIONS.explore).toBeNull();
  });

  it('reads out the panel’s lines, with the side when a zone was chosen', () => {
    const lines = ['L5 dermatome', 'Outer shin and top of the foot.'];
    expect(selectionAnnouncement({ root: 'L5', side: 'left' }, lines)).toBe('L5 dermatome selected, left side. Outer shin and top of the foot.');
    expect(selectionAnnouncement({ root: 'S4-5', side: null }, [])).toBe('S4–5 dermatome selected.');
    expect(selectionAnnouncement(null, [])).toBe('Selection cleared.');
  });
});

describe('compare layers', () => {
  it('names the layers that are on, for the stylesheet', () => {
    expect(layersAttr(DEFAULT_LAYERS)).toBe('anterior posterior rootZones');
    expect(layersAttr({ anterior: false, posterior: false, rootZones: false, otherZones: true })).toBe('otherZones');
  });
});
