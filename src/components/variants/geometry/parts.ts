/** Builds the static structures (bones, ligaments, muscles other than the piriformis) from their part lists. */
import { BufferGeometry, SphereGeometry } from 'three';
import { BONE_PARTS, DISC_PARTS } from '../../../data/variants/bones.ts';
import type { Part } from '../../../data/variants/parts.ts';
import { SOFT_TISSUE_PARTS } from '../../../data/variants/soft-tissue.ts';
import { buildLoft } from './loft.ts';
import { mergeGeometries } from './merge.ts';
import { buildSlab } from './slab.ts';

function buildPart(part: Exclude<Part, { kind: 'dots' }>): BufferGeometry {
  switch (part.kind) {
    case 'loft':
      return buildLoft(part.spec, 6, 12);
    case 'slab':
      return buildSlab(part.spec, 60, 6);
    case 'ellipsoid': {
      const g = new SphereGeometry(1, 18, 12);
      g.scale(...part.radii);
      g.translate(...part.centre);
      g.computeVertexNormals();
      return g;
    }
  }
}

/** Each foramen as a dark, flattened oval set into the surface, so it reads as an opening from any angle. */
function buildDots(part: Extract<Part, { kind: 'dots' }>): BufferGeometry {
  return mergeGeometries(
    part.centres.map((c) => {
      const g = new SphereGeometry(1, 12, 8);
      g.scale(part.radius, part.radius * 1.15, part.radius * 0.5);
      g.translate(...c);
      return g;
    }),
  );
}

export const STATIC_STRUCTURE_IDS = [...Object.keys(BONE_PARTS), ...Object.keys(SOFT_TISSUE_PARTS)] as (
  | keyof typeof BONE_PARTS
  | keyof typeof SOFT_TISSUE_PARTS
)[];
export type StaticStructureId = (typeof STATIC_STRUCTURE_IDS)[number];

export interface StaticGeometry {
  main: BufferGeometry;
  /** Small dark details (foramina) drawn in a darker material. */
  dark?: BufferGeometry;
  /** Intervertebral discs, drawn in their own colour. */
  disc?: BufferGeometry;
}

export function buildStaticStructures(): Record<StaticStructureId, StaticGeometry> {
  const all: Record<string, readonly Part[]> = { ...BONE_PARTS, ...SOFT_TISSUE_PARTS };
  const out = {} as Record<StaticStructureId, StaticGeometry>;
  for (const id of STATIC_STRUCTURE_IDS) {
    const parts = all[id]!;
    const solid = parts.filter((p): p is Exclude<Part, { kind: 'dots' }> => p.kind !== 'dots');
    const dots = parts.filter((p): p is Extract<Part, { kind: 'dots' }> => p.kind === 'dots');
    const entry: StaticGeometry = { main: mergeGeometries(solid.map(buildPart)) };
    if (dots.length > 0) entry.dark = mergeGeometries(dots.map(buildDots));
    if (id === 'lumbar-vertebrae') entry.disc = mergeGeometries(DISC_PARTS.map((p) => buildPart(p as Exclude<Part, { kind: 'dots' }>)));
    out[id] = entry;
  }
  return out;
}
