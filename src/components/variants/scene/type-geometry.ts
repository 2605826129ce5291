/** The geometry of everything that changes with the type, built from one shape and disposed together. */
import type { RefObject } from 'react';
import type { BufferGeometry, Mesh } from 'three';
import type { TypeShape } from '../../../data/variants/morph.ts';
import { SPLIT_INDEX } from '../../../data/variants/routes.ts';
import { buildDivision, buildTrunk, emptyGeometry } from '../geometry/nerve.ts';
import { buildPiriformis } from '../geometry/piriformis.ts';

export const TYPE_PARTS = ['upper', 'lower', 'trunk', 'tibial', 'commonFibular'] as const;
export type TypePart = (typeof TYPE_PARTS)[number];
export type TypeGeometry = Record<TypePart, BufferGeometry>;
/** One ref per type-dependent mesh, made by TypeAnatomy and attached by the components that draw them. */
export type TypeMeshRefs = Record<TypePart, RefObject<Mesh | null>>;

export function buildTypeGeometry(shape: TypeShape): TypeGeometry {
  const [upper, lower] = buildPiriformis(shape.split);
  // An undivided nerve is one trunk; its divisions begin just inside the trunk's lower end.
  const from = shape.undivided ? SPLIT_INDEX - 1 : 0;
  return {
    upper,
    lower,
    trunk: shape.undivided ? buildTrunk(shape.tibial, shape.commonFibular) : emptyGeometry(),
    tibial: buildDivision(shape.tibial, from),
    commonFibular: buildDivision(shape.commonFibular, from),
  };
}

export function disposeTypeGeometry(g: TypeGeometry): void {
  for (const part of TYPE_PARTS) g[part].dispose();
}

/** Puts new geometry on whichever of the meshes are mounted now (a hidden layer's are not). */
export function applyTypeGeometry(refs: TypeMeshRefs, g: TypeGeometry): void {
  for (const part of TYPE_PARTS) {
    const mesh = refs[part].current;
    if (mesh) mesh.geometry = g[part];
  }
}
