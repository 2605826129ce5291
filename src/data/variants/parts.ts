/** The pieces a structure is built from (see shapes.ts); a structure may have several. */
import type { LoftSpec, SlabSpec } from './shapes.ts';
import type { Vec3 } from './vec.ts';

export type Part =
  | { kind: 'loft'; spec: LoftSpec }
  | { kind: 'slab'; spec: SlabSpec }
  | { kind: 'ellipsoid'; centre: Vec3; radii: Vec3 }
  /** Small dark discs on a surface, e.g. the posterior sacral foramina. */
  | { kind: 'dots'; centres: readonly Vec3[]; radius: number };

export const loft = (spec: LoftSpec): Part => ({ kind: 'loft', spec });
export const slab = (spec: SlabSpec): Part => ({ kind: 'slab', spec });
export const ellipsoid = (centre: Vec3, radii: Vec3): Part => ({ kind: 'ellipsoid', centre, radii });
