/**
 * Wording of the dermatome facts for lessons and figures, built from src/data/dermatomes so a
 * lesson's table or sentence cannot drift from the map's panel.
 */
import { ROOTS, rootById, rootLabel, type RootFacts, type RootId } from '../../data/dermatomes/index.ts';
import { REFERRAL_PATTERNS } from '../../data/dermatomes/gluteus-minimus.ts';
import { joinList, lowerFirst } from '../../quiz/wording.ts';

export const ROOT_FACT_KINDS = ['skin', 'keyPoint', 'keyMuscle', 'reflex', 'disc'] as const;
export type RootFactKind = (typeof ROOT_FACT_KINDS)[number];

export const ROOT_FACT_HEADINGS: Record<RootFactKind, string> = {
  skin: 'Skin area (varies between people)',
  keyPoint: 'Key sensory point',
  keyMuscle: 'Key muscle group',
  reflex: 'Reflex',
  disc: 'Usual disc level',
};

/** A fact as a phrase for the middle of a sentence; null where the root has none. */
export function rootFactPhrase(root: RootFacts, kind: RootFactKind): string | null {
  switch (kind) {
    case 'skin': return root.skinPhrase;
    case 'keyPoint': return root.keyPoint.name;
    case 'keyMuscle': return root.keyMuscle ? `${lowerFirst(root.keyMuscle.group)} (${root.keyMuscle.example})` : null;
    case 'reflex': return root.reflex ? lowerFirst(root.reflex.name) : null;
    case 'disc': return root.disc.level;
  }
}

/** A fact as a table cell: the phrase plus the note a reader needs (shared or less established reflexes). */
export function rootFactCell(root: RootFacts, kind: RootFactKind): string {
  if (kind === 'reflex' && root.reflex) return `${root.reflex.name} (${root.reflex.short})`;
  if (kind === 'skin') return root.skin;
  return rootFactPhrase(root, kind) ?? 'none in routine use';
}

export interface RootRow { root: RootId; label: string; cells: string[] }

export function rootRows(roots: readonly RootId[], kinds: readonly RootFactKind[]): RootRow[] {
  return roots.map((id) => {
    const root = rootById(id);
    return { root: id, label: rootLabel(id), cells: kinds.map((kind) => rootFactCell(root, kind)) };
  });
}

export type SciaticPartName = 'whole' | 'tibial' | 'commonFibular';

/** The roots of the sciatic nerve or one of its parts, from each root's `sciatic.part`. */
export function sciaticRoots(part: SciaticPartName): RootId[] {
  return ROOTS.filter((r) => {
    if (part === 'whole') return r.sciatic.part !== 'none';
    if (part === 'tibial') return r.sciatic.part === 'both' || r.sciatic.part === 'tibial';
    return r.sciatic.part === 'both';
  }).map((r) => r.id);
}

/** "L4, L5, S1, S2 and S3" or "L4 to S3". */
export function sciaticRootsText(part: SciaticPartName, form: 'list' | 'range'): string {
  const labels = sciaticRoots(part).map(rootLabel);
  return form === 'list' ? joinList(labels) : `${labels[0]} to ${labels.at(-1)}`;
}

/** The gluteus minimus referral zones with the dermatomes each overlaps on this course's map. */
export function referralZones() {
  return REFERRAL_PATTERNS.map((p) => ({
    fibres: p.fibres,
    name: p.name,
    area: p.area,
    overlaps: p.overlaps.map(rootLabel),
    overlapsText: joinList(p.overlaps.map(rootLabel)),
  }));
}
