/**
 * The selected root in the page address (#L5), for sharing a link to it: read once after hydration
 * and on every hash change, written back with replaceState (no history entry, no jump). Anything
 * that is not exactly a root id is ignored, so section anchors such as #table keep working.
 */
import { useEffect } from 'preact/hooks';
import { parseRootHash, rootHash } from '../../data/dermatomes/hash.ts';
import type { RootId } from '../../data/dermatomes/types.ts';

interface Options {
  /** Off in lessons, whose address belongs to the lesson. */
  enabled: boolean;
  /** Write the address only while this is true (after hydration, outside the quiz). */
  write: boolean;
  selected: RootId | null;
  onRoot: (root: RootId) => void;
}

export function useRootHash({ enabled, write, selected, onRoot }: Options) {
  useEffect(() => {
    if (!enabled) return;
    const follow = () => {
      const root = parseRootHash(window.location.hash);
      if (root) onRoot(root);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [enabled, onRoot]);

  useEffect(() => {
    if (!enabled || !write) return;
    const wanted = selected ? rootHash(selected) : '';
    const current = parseRootHash(window.location.hash) ? window.location.hash : '';
    if (wanted !== current) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${wanted}`);
  }, [enabled, write, selected]);
}
