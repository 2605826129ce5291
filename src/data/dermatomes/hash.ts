/** The selected root in the page address (#L5), for sharing. Anything else is ignored, silently. */
import { isRootId, type RootId } from './types.ts';

/** The root named by a location hash such as "#L5" or "#S4-5"; null for anything else. */
export function parseRootHash(hash: string): RootId | null {
  if (!hash.startsWith('#')) return null;
  const value = hash.slice(1);
  return isRootId(value) ? value : null;
}

export function rootHash(root: RootId): string {
  return `#${root}`;
}
