import { describe, expect, it, vi } from 'vitest';
import type { Mesh } from 'three';
import { applyTypeGeometry, buildTypeGeometry, disposeTypeGeometry, TYPE_PARTS, type TypeMeshRefs } from '../../../src/components/variants/scene/type-geometry.ts';
import { shapeOf } from '../../../src/data/variants/morph.ts';

const vertices = (g: { getAttribute(name: string): { count: number } | undefined }) => g.getAttribute('position')?.count ?? 0;

describe('the geometry that changes with the type', () => {
  it('is one trunk for an undivided nerve and no trunk for separate divisions', () => {
    for (const [type, trunk] of [['A', true], ['D', true], ['F', true], ['B', false], ['C', false], ['E', false]] as const) {
      const g = buildTypeGeometry(shapeOf(type));
      expect(vertices(g.trunk) > 0, `type ${type}`).toBe(trunk);
      expect(vertices(g.tibial)).toBeGreaterThan(0);
      expect(vertices(g.commonFibular)).toBeGreaterThan(0);
      disposeTypeGeometry(g);
    }
  });

  it('disposes every part it built', () => {
    const g = buildTypeGeometry(shapeOf('E'));
    const spies = TYPE_PARTS.map((part) => vi.spyOn(g[part], 'dispose'));
    disposeTypeGeometry(g);
    for (const spy of spies) expect(spy).toHaveBeenCalledOnce();
  });

  it('puts new geometry on the mounted meshes and skips the unmounted ones', () => {
    const g = buildTypeGeometry(shapeOf('B'));
    const mesh = { geometry: null } as unknown as Mesh;
    const refs = Object.fromEntries(TYPE_PARTS.map((p) => [p, { current: p === 'tibial' ? mesh : null }])) as TypeMeshRefs;
    applyTypeGeometry(refs, g);
    expect(mesh.geometry).toBe(g.tibial);
    disposeTypeGeometry(g);
  });
});
