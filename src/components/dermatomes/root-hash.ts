/**
 * The selected root in the page address (#L5), for sharing a link to it: read at start and on every
 * hash change, written back with replaceState (no history entry, no jump). Anything that is not
 * exactly a root id is ignored, so section anchors such as #table keep working.
 */
import { parseRootHash, rootHash } from '../../data/dermatomes/hash.ts';
import type { RootId } from '../../data/dermatomes/types.ts';

export const readRootHash = (): RootId | null => parseRootHash(window.location.hash);

export function followRootHash(onRoot: (root: RootId) => void): void {
  window.addEventListener('hashchange', () => {
    const root = readRootHash();
    if (root) onRoot(root);
  });
}

/** Puts the root in the address (or takes a root out of it); another hash, such as #table, stays only while no root is selected. */
export function writeRootHash(selected: RootId | null): void {
  const wanted = selected ? rootHash(selected) : '';
  const current = readRootHash() ? window.location.hash : '';
  if (wanted !== current) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${wanted}`);
}
