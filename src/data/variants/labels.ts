/**
 * The labels of the 3D view: one per structure of the structure list (same names, from
 * structures.ts), each pinned to a point on the structure's surface. The view stacks them at its
 * side edges with leader lines; on a narrow view only the `essential` ones show, so they stay legible.
 */
import { LANDMARKS } from './landmarks.ts';
import { piriformisSections } from './piriformis.ts';
import { routeFor } from './routes.ts';
import { structure, type Layers, type StructureId } from './structures.ts';
import { add, scale, type Vec3 } from './vec.ts';

export interface SceneLabel {
  id: StructureId;
  /** The point the leader line ends on, on the structure's surface. */
  anchor: Vec3;
  /** Where the leader ends when the nerve is undivided (types A, D, F), if elsewhere; null: not shown then. */
  anchorUndivided?: Vec3 | null;
  /** Shown only while the nerve is undivided (the trunk). */
  undividedOnly?: boolean;
  /** Shown on narrow views too. */
  essential: boolean;
}

/** A point on the back of the piriformis, a little lateral to the foramen (clear of every crossing). */
function piriformisAnchor(): Vec3 {
  const sections = piriformisSections();
  const s = sections.reduce((best, x) => (Math.abs(x.at - 0.66) < Math.abs(best.at - 0.66) ? x : best));
  return add(add(s.centre, scale(s.back, s.halfThickness)), scale(s.up, s.halfHeight * 0.3));
}

/** A point on the back of a division's route in a type (its control point `at`). */
const onRoute = (type: 'A' | 'B', division: 'tibial' | 'commonFibular', at: number): Vec3 => {
  const p = routeFor(type, division)[at]!;
  return [p[0], p[1], p[2] + 0.4];
};
const trunkAt = (at: number): Vec3 => {
  const [a, b] = [onRoute('A', 'tibial', at), onRoute('A', 'commonFibular', at)];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, a[2] + 0.3];
};

export const SCENE_LABELS: readonly SceneLabel[] = [
  { id: 'lumbar-vertebrae', anchor: [0, 2.0, 3.2], essential: false },
  { id: 'nerve-roots', anchor: [3.9, 1.6, -2.2], essential: false },
  { id: 'sacrum', anchor: [-1.8, -4.6, 2.1], essential: true },
  { id: 'hip-bone', anchor: [8.6, 2.6, 0.2], essential: true },
  { id: 'gluteus-medius', anchor: [13.0, 2.0, 1.6], essential: false },
  { id: 'gluteus-minimus', anchor: [14.5, -2.0, 0.4], essential: false },
  { id: 'gluteus-maximus', anchor: [9.5, -12.0, 6.4], essential: false },
  { id: 'piriformis', anchor: piriformisAnchor(), essential: true },
  { id: 'sacrospinous', anchor: [2.6, -11.4, -0.2], essential: false },
  { id: 'sacrotuberous', anchor: [4.0, -12.6, 2.2], essential: false },
  { id: 'superior-gemellus', anchor: [12.6, -10.9, 1.0], essential: false },
  { id: 'obturator-internus', anchor: [13.0, -11.5, 1.2], essential: false },
  { id: 'inferior-gemellus', anchor: [12.9, -12.2, 1.0], essential: false },
  { id: 'quadratus-femoris', anchor: [12.4, -14.6, 0.9], essential: false },
  { id: 'femur', anchor: [LANDMARKS.greaterTrochanter[0] + 0.4, -11.2, -1.0], essential: true },
  { id: 'hamstrings', anchor: [8.4, -27, 4.6], essential: false },
  { id: 'sciatic-nerve', anchor: trunkAt(6), undividedOnly: true, essential: true },
  { id: 'tibial-division', anchor: onRoute('B', 'tibial', 6), anchorUndivided: onRoute('A', 'tibial', 10), essential: true },
  { id: 'common-fibular-division', anchor: onRoute('B', 'commonFibular', 5), anchorUndivided: onRoute('A', 'commonFibular', 10), essential: true },
];

/** The label's text: the structure's name as the structure list shows it. */
export const labelText = (label: SceneLabel): string => structure(label.id).name;

/** Where a label's leader ends, or null when the structure is not there (the trunk of a divided nerve). */
export function labelAnchor(label: SceneLabel, undivided: boolean): Vec3 | null {
  if (label.undividedOnly && !undivided) return null;
  if (undivided && label.anchorUndivided !== undefined) return label.anchorUndivided;
  return label.anchor;
}

/** Whether a label is drawn: its structure's layer is shown (not ghosted or hidden), and the view is wide enough for it. */
export function labelShown(label: SceneLabel, layers: Layers, narrow: boolean): boolean {
  return layers[structure(label.id).layer] === 'shown' && (label.essential || !narrow);
}
