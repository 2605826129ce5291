/**
 * What each mode has selected. Each mode keeps its own, so no highlight or answer follows the
 * reader into another mode. Pure, and the words read out on a selection.
 */
import { rootLabel, type RootId, type Side } from '../../data/dermatomes/types.ts';
import type { Mode } from './map-options.ts';

export interface Selection { root: RootId; side: Side | null }
export type Selections = Readonly<Record<Mode, Selection | null>>;

export const NO_SELECTIONS: Selections = { explore: null, find: null, compare: null, sketch: null };

export const withSelection = (all: Selections, mode: Mode, next: Selection | null): Selections => ({ ...all, [mode]: next });

/**
 * The sentence read out on a selection: the facts panel's marked lines (its title first), so the
 * words come from the page and never from a second copy here.
 */
export function selectionAnnouncement(selection: Selection | null, panelLines: readonly string[]): string {
  if (!selection) return 'Selection cleared.';
  const { root, side } = selection;
  const [title = `${rootLabel(root)} dermatome`, ...rest] = panelLines;
  return [`${title} selected${side ? `, ${side} side` : ''}.`, ...rest].join(' ');
}
