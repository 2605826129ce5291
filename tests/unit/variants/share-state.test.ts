import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/data/variants/cameras.ts';
import { defaultState, formatState, parseState, type ViewerState } from '../../../src/data/variants/share-state.ts';
import { LAYERS, defaultLayers } from '../../../src/data/variants/structures.ts';

describe('share link state', () => {
  it('reads an empty link as the defaults, with no message', () => {
    expect(parseState('')).toEqual({ state: defaultState(), problems: [] });
  });

  it('round-trips a type, layers, a named view and a selection', () => {
    const state: ViewerState = {
      type: 'E',
      layers: { ...defaultLayers(), gmax: 'shown', bones: 'ghost' },
      camera: 'lateral',
      selection: { kind: 'structure', id: 'piriformis' },
    };
    const query = formatState(state);
    expect(query).toBe('type=E&layers=bones:ghost,gmax:shown&cam=lateral&sel=piriformis');
    expect(parseState(query)).toEqual({ state, problems: [] });
  });

  it('round-trips a free camera orbit, rounded for a short link', () => {
    const state: ViewerState = {
      ...defaultState('D'),
      camera: { azimuth: 33.4, elevation: -12.6, distance: 40.04, target: [1.23, -9.87, 0] },
      selection: { kind: 'site', id: 'hamstring-region' },
    };
    const query = formatState(state);
    expect(query).toBe('type=D&cam=33,-13,40,1.2,-9.9,0&sel=site-hamstring-region');
    expect(parseState(query).state.camera).toEqual({ azimuth: 33, elevation: -13, distance: 40, target: [1.2, -9.9, 0] });
  });

  it('names a view when a free orbit sits exactly on it', () => {
    expect(formatState({ ...defaultState(), camera: { ...VIEWS.superior.orbit } })).toContain('cam=superior');
  });

  it('accepts a lower-case type letter', () => {
    expect(parseState('?type=b').state.type).toBe('B');
  });

  it.each([
    ['type=G', 'type', /types are A, B, C, D, E, F/],
    ['type=<script>', 'type', /“\?script\?”/],
    ['layers=bones:invisible', 'layers', /use shown, ghost or hidden/],
    ['layers=skin:hidden', 'layers', /layer “skin” that does not exist/],
    ['cam=front', 'camera', /starts from the posterior view/],
    ['cam=0,0,500,0,0,0', 'camera', /starts from the posterior view/],
    ['cam=0,0,40,0,0', 'camera', /starts from the posterior view/],
    ['cam=1e3,0,40,0,0,0', 'camera', /starts from the posterior view/],
    ['sel=spleen', 'selection', /nothing is selected/],
  ])('%s falls back to the default %s with a clear message', (query, _what, message) => {
    const { state, problems } = parseState(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(state.type).toBe('A');
    expect(state.camera).toBe('posterior');
    expect(state.selection).toBeNull();
    expect(state.layers).toEqual(defaultLayers());
  });

  it('keeps the good parts of a link that has one bad part', () => {
    const { state, problems } = parseState('type=C&layers=gmax:hidden,skin:shown&cam=lateral');
    expect(state).toMatchObject({ type: 'C', camera: 'lateral', layers: { gmax: 'hidden' } });
    expect(problems).toHaveLength(1);
  });

  it('never throws, never quotes markup, and always yields a valid state, whatever the link holds', () => {
    const layerIds = LAYERS.map((l) => l.id);
    const value = fc.oneof(fc.string(), fc.constantFrom('A', 'f', 'lateral', 'gmax:ghost', '<img src=x onerror=alert(1)>', '1,2,3,4,5,6'));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('type', 'layers', 'cam', 'sel', 'other'), value), (params) => {
        const { state, problems } = parseState(new URLSearchParams(params).toString());
        expect(['A', 'B', 'C', 'D', 'E', 'F']).toContain(state.type);
        expect(Object.keys(state.layers).sort()).toEqual([...layerIds].sort());
        for (const p of problems) expect(p).not.toMatch(/[<>"'&]/);
        // What we write, we read back unchanged.
        expect(parseState(formatState(state)).state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
