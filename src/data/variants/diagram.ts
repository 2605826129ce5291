/**
 * The flat diagram of a type (posterior view), computed from the same data as the 3D scene: it is
 * the light preview shown before the 3D code loads, and the fallback when WebGL is unavailable.
 * Coordinates are scene centimetres with y flipped for SVG.
 */
import { BONE_PARTS } from './bones.ts';
import { toMuscleCoords } from './crossing.ts';
import { ENTRAPMENT_SITES } from './entrapment.ts';
import type { LoftSpec, Vec2 } from './shapes.ts';
import { loftSize } from './shapes.ts';
import { piriformisSections } from './piriformis.ts';
import { routeFor } from './routes.ts';
import { SOFT_TISSUE_PARTS } from './soft-tissue.ts';
import { gapAt, splitFor } from './split.ts';
import type { StructureId } from './structures.ts';
import { DIVISIONS, type Division, type TypeId } from './types.ts';
import { add, arcLengths, sampleCurve, scale, tangents, type Vec3 } from './vec.ts';

/** x from −7 to 27 cm (room for the labels), y from +8 (top) to −27 cm. */
export const DIAGRAM_VIEWBOX = '-7 -8 34 35';

const f = (n: number) => (Math.round(n * 10) / 10).toString();
const pt = (x: number, y: number) => `${f(x)} ${f(-y)}`;

/** A closed SVG path through 2D points (scene coordinates). */
export function closedPath(points: readonly Vec2[]): string {
  return `M${points.map(([x, y]) => pt(x, y)).join('L')}Z`;
}

/** An open SVG path through 3D points, projected onto the posterior view. */
export function openPath(points: readonly Vec3[]): string {
  return `M${points.map(([x, y]) => pt(x, y)).join('L')}`;
}

/** The outline of a loft seen from behind: the centre line widened by its size either side. */
function loftOutline(spec: LoftSpec, perSpan = 6): Vec2[] {
  const centres = sampleCurve(spec.path, perSpan);
  const lengths = arcLengths(centres);
  const total = lengths[lengths.length - 1] || 1;
  const t = tangents(centres);
  const left: Vec2[] = [];
  const right: Vec2[] = [];
  centres.forEach((c, i) => {
    const { w, h } = loftSize(spec.profile, lengths[i]! / total);
    const [tx, ty] = t[i]!;
    const l = Math.hypot(tx, ty) || 1;
    // Half-width across the line in the picture: the larger of the two section sizes.
    const r = Math.max(w, h);
    left.push([c[0] - (ty / l) * r, c[1] + (tx / l) * r]);
    right.push([c[0] + (ty / l) * r, c[1] - (tx / l) * r]);
  });
  return [...left, ...right.reverse()];
}

function outlinesOf(parts: readonly { kind: string }[]): string[] {
  return parts.flatMap((p) => {
    const part = p as (typeof BONE_PARTS)['femur'][number];
    if (part.kind === 'slab') return [closedPath(part.spec.outline)];
    if (part.kind === 'loft') return [closedPath(loftOutline(part.spec))];
    if (part.kind === 'ellipsoid') {
      const [cx, cy] = part.centre;
      const [rx, ry] = part.radii;
      const ring: Vec2[] = Array.from({ length: 24 }, (_, i) => [cx + rx * Math.cos((i / 24) * Math.PI * 2), cy + ry * Math.sin((i / 24) * Math.PI * 2)]);
      return [closedPath(ring)];
    }
    return [];
  });
}

export interface DiagramShape {
  id: StructureId;
  paths: string[];
}

/** Bones, ligaments and short rotators: the same in every type. */
export const DIAGRAM_BACKGROUND: { bones: DiagramShape[]; ligaments: DiagramShape[]; rotators: DiagramShape[] } = {
  bones: (['lumbar-vertebrae', 'sacrum', 'hip-bone', 'femur'] as const).map((id) => ({ id, paths: outlinesOf(BONE_PARTS[id]) })),
  ligaments: (['sacrotuberous', 'sacrospinous'] as const).map((id) => ({ id, paths: outlinesOf(SOFT_TISSUE_PARTS[id]) })),
  rotators: (['superior-gemellus', 'obturator-internus', 'inferior-gemellus', 'quadratus-femoris'] as const).map((id) => ({
    id,
    paths: outlinesOf(SOFT_TISSUE_PARTS[id]),
  })),
};

/** The piriformis seen from behind: one outline, or two bellies parted where a division passes through. */
function piriformisOutlines(type: TypeId): string[] {
  const split = splitFor(type);
  const sections = piriformisSections(8);
  const edge = (side: 1 | -1, cut: boolean) =>
    sections.map((s): Vec2 => {
      const height = cut ? side * Math.max(0, side * split.height + gapAt(split, s.at)) : side * s.halfHeight;
      const p = add(s.centre, scale(s.up, height));
      return [p[0], p[1]];
    });
  if (split.halfGap === 0) return [closedPath([...edge(1, false), ...edge(-1, false).reverse()])];
  return [closedPath([...edge(1, false), ...edge(1, true).reverse()]), closedPath([...edge(-1, true), ...edge(-1, false).reverse()])];
}

export interface DiagramDivision {
  division: Division;
  /** In the pelvis, in front of the piriformis (drawn under it). */
  front: string;
  /** From where it crosses the muscle's plane down to the leg. */
  back: string;
}

function divisionPaths(type: TypeId, division: Division): DiagramDivision {
  const samples = sampleCurve(routeFor(type, division), 8);
  const coords = samples.map((p) => toMuscleCoords(p));
  let cut = coords.findIndex((c, i) => i > 0 && coords[i - 1]!.depth < 0 && c.depth >= 0 && Math.abs(c.along) < 0.5);
  if (cut < 0) cut = 0;
  return { division, front: openPath(samples.slice(0, cut + 1)), back: openPath(samples.slice(cut)) };
}

export interface TypeDiagram {
  piriformis: string[];
  divisions: DiagramDivision[];
  /** "T" and "CF" tags beside each division just after it leaves the pelvis (x, y in SVG units). */
  tags: { division: Division; text: string; x: number; y: number }[];
}

export function typeDiagram(type: TypeId): TypeDiagram {
  const tags = DIVISIONS.map((division) => {
    const [x, y] = routeFor(type, division)[5]!;
    const tibial = division === 'tibial';
    return { division, text: tibial ? 'T' : 'CF', x: Math.round((x + (tibial ? -1.9 : 0.9)) * 10) / 10, y: Math.round(-y * 10) / 10 + 0.4 };
  });
  return { piriformis: piriformisOutlines(type), divisions: DIVISIONS.map((d) => divisionPaths(type, d)), tags };
}

/** Numbered markers, projected. */
export const DIAGRAM_MARKERS = ENTRAPMENT_SITES.map((s) => ({ number: s.number, id: s.id, x: s.position[0], y: -s.position[1] }));

/** Where the diagram's labels sit (scene coordinates, text anchored at the start unless `end`). */
export const DIAGRAM_LABELS: readonly { text: string; x: number; y: number; end?: boolean }[] = [
  { text: 'Sacrum', x: -5.6, y: -3.2 },
  { text: 'Piriformis', x: 16.4, y: -6.6 },
  { text: 'Greater trochanter', x: 17.4, y: -10.4 },
  { text: 'Ischial tuberosity', x: 6.0, y: -19.6, end: true },
  { text: 'Ilium', x: 10.2, y: 3.2 },
  { text: 'Sacrotuberous lig.', x: -6.6, y: -17.4 },
];
