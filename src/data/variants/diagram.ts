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
import { SPLIT_INDEX } from './routes.ts';
import { memoByKey } from './memo.ts';
import type { StructureId } from './structures.ts';
import { DIVISIONS, variantType, type Division, type TypeId } from './types.ts';
import { add, arcLengths, sampleCurve, scale, tangents, type Vec3 } from './vec.ts';

/** The six-up figure's close-up: the piriformis, the foramen and the crossing points (SVG units). */
export const CLOSEUP_VIEWBOX = '1.5 3 15.5 12.5';

/** x from −7 to 27 cm (room for the labels), y from +8 (top) to −27 cm. */
export const DIAGRAM_VIEWBOX = '-7 -8 34 35';

const f = (n: number) => (Math.round(n * 10) / 10).toString();
const pt = (x: number, y: number) => `${f(x)} ${f(-y)}`;

/** Points as path text, leaving out a point that rounds to the one before it (it draws nothing, and the page carries every diagram). */
const joined = (points: readonly (Vec2 | Vec3)[]) => points.map(([x, y]) => pt(x, y)).filter((p, i, all) => i === 0 || p !== all[i - 1]).join('L');

/** A closed SVG path through 2D points (scene coordinates). */
export function closedPath(points: readonly Vec2[]): string {
  return `M${joined(points)}Z`;
}

/** An open SVG path through 3D points, projected onto the posterior view. */
export function openPath(points: readonly Vec3[]): string {
  return `M${joined(points)}`;
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
  /** From where it crosses the muscle's plane (or, for an undivided nerve, from the split) down to the leg. */
  back: string;
}

const SAMPLES = 8;

/** Index of the first sample behind the muscle's plane, where a route comes out from under it. */
function crossingIndex(samples: readonly Vec3[]): number {
  const coords = samples.map((p) => toMuscleCoords(p));
  const cut = coords.findIndex((c, i) => i > 0 && coords[i - 1]!.depth < 0 && c.depth >= 0 && Math.abs(c.along) < 0.5);
  return Math.max(0, cut);
}

function divisionPaths(type: TypeId, division: Division, undivided: boolean): DiagramDivision {
  const samples = sampleCurve(routeFor(type, division), SAMPLES);
  const cut = crossingIndex(samples);
  // An undivided nerve is drawn as one trunk down to the split; each division shows only below it.
  const from = undivided ? (SPLIT_INDEX - 1) * SAMPLES : cut;
  return { division, front: openPath(samples.slice(0, cut + 1)), back: openPath(samples.slice(from)) };
}

/** The undivided nerve's trunk behind the muscle: the divisions' mid-line from the crossing to the split. */
function trunkPath(type: TypeId): string {
  const a = sampleCurve(routeFor(type, 'tibial'), SAMPLES);
  const b = sampleCurve(routeFor(type, 'commonFibular'), SAMPLES);
  const mid = a.map((p, i) => scale(add(p, b[i]!), 0.5)).slice(0, SPLIT_INDEX * SAMPLES + 1);
  return openPath(mid.slice(crossingIndex(mid)));
}

export interface TypeDiagram {
  piriformis: string[];
  divisions: DiagramDivision[];
  /** The undivided nerve (types A, D, F) behind the muscle, down to the split; null when divided. */
  trunk: string | null;
  /** "T" and "CF" tags beside each division just after it leaves the pelvis (x, y in SVG units). */
  tags: { division: Division; text: string; x: number; y: number }[];
}

/** The diagram of a type (computed once per type: it is pure). */
export const typeDiagram: (type: TypeId) => TypeDiagram = memoByKey(computeDiagram);

function computeDiagram(type: TypeId): TypeDiagram {
  const undivided = !variantType(type).divided;
  const tags = DIVISIONS.map((division) => {
    const [x, y] = routeFor(type, division)[5]!;
    const tibial = division === 'tibial';
    const dx = undivided ? (tibial ? -2.3 : 1.3) : tibial ? -1.9 : 0.9;
    return { division, text: tibial ? 'T' : 'CF', x: Math.round((x + dx) * 10) / 10, y: Math.round(-y * 10) / 10 + 0.4 };
  });
  return {
    piriformis: piriformisOutlines(type),
    divisions: DIVISIONS.map((d) => divisionPaths(type, d, undivided)),
    trunk: undivided ? trunkPath(type) : null,
    tags,
  };
}

/** Numbered markers, projected. */
export const DIAGRAM_MARKERS = ENTRAPMENT_SITES.map((s) => ({ number: s.number, id: s.id, x: s.position[0], y: -s.position[1] }));

export interface DiagramLabel {
  text: string;
  /** Where the text sits (scene coordinates; anchored at its start unless `end`). */
  x: number;
  y: number;
  end?: boolean;
  /** The point on the structure the leader line runs to. */
  to: Vec2;
}

/** The diagram's labels, each with a leader line to its structure. */
export const DIAGRAM_LABELS: readonly DiagramLabel[] = [
  { text: 'Sacrum', x: -6.6, y: -1.2, to: [-2.6, -3.0] },
  { text: 'Ilium', x: 17.2, y: 4.6, to: [12.6, 3.4] },
  { text: 'Piriformis', x: 17.2, y: -5.6, to: [12.4, -8.4] },
  { text: 'Greater trochanter', x: 17.2, y: -12.6, to: [15.6, -10.6] },
  { text: 'Ischial tuberosity', x: -6.6, y: -20.6, to: [6.4, -17.2] },
  { text: 'Sacrotuberous lig.', x: -6.6, y: -17.6, to: [3.4, -13.2] },
];

/** Where a leader line leaves its label: the text's near edge, at mid-height (text about 0.6 cm per letter). */
export function leaderStart(l: DiagramLabel): Vec2 {
  const width = l.text.length * 0.56;
  const toRight = l.to[0] > l.x;
  const x = l.end ? (toRight ? l.x + 0.3 : l.x - width - 0.3) : toRight ? l.x + width + 0.3 : l.x - 0.3;
  return [x, l.y + 0.35];
}
