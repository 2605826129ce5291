/**
 * The three herniations the disc-level figure marks, with their labels from src/data/dermatomes: the
 * usual posterolateral herniation at each root's disc, and a far-lateral one at the same disc, which
 * catches the root above instead (the one leaving at that level).
 */
import { ROOTS, rootById, rootLabel, type RootId } from '../../data/dermatomes/index.ts';

export interface HerniationLabel { disc: string; kind: 'posterolateral' | 'far-lateral'; root: string }

/** The root exiting at the disc where `root` is usually caught: the one above it in the map's order. */
function rootAbove(root: RootId): RootId {
  const i = ROOTS.findIndex((r) => r.id === root);
  if (i <= 0) throw new Error(`No root above ${root}`);
  return ROOTS[i - 1]!.id;
}

export function discLevelLabels(): { first: HerniationLabel; farLateral: HerniationLabel; second: HerniationLabel; vertebrae: string[] } {
  const upper = rootById('L5').disc.level!;
  const lower = rootById('S1').disc.level!;
  return {
    first: { disc: upper, kind: 'posterolateral', root: rootLabel('L5') },
    farLateral: { disc: upper, kind: 'far-lateral', root: rootLabel(rootAbove('L5')) },
    second: { disc: lower, kind: 'posterolateral', root: rootLabel('S1') },
    vertebrae: [rootLabel(rootAbove('L5')), upper, rootLabel('L5'), lower],
  };
}
