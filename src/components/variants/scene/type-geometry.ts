/** The geometry of everything that changes with the type, built from one shape and disposed together. */
import type { BufferGeometry } from 'three';
import type { TypeShape } from '../../../data/variants/morph.ts';
import { SPLIT_INDEX } from '../../../data/variants/routes.ts';
import { buildDivision, buildTrunk, emptyGeometry } from '../geometry/nerve.ts';
import { buildPiriformis } from '../geometry/piriformis.ts';

export const TYPE_PARTS = ['upper', 'lower', 'trunk', 'tibial', 'commonFibular'] as const;
export type TypePart = (typeof TYPE_PARTS)[number];
export type TypeGeometry = Record<TypePart, BufferGeometry>;

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
