/**
 * Repeatable "randomness" for quizzes and drills: the same seed (a case id, an assignment seed, a
 * find-it round) always gives the same order, so a case page, its answer key and an LMS export list
 * options identically, a shared assignment link opens the same order for every student, and tests
 * can replay a shuffled deck.
 *
 *   seededShuffle(['a', 'b', 'c'], 'my-case')  // same result on every build and in every browser
 */

/** FNV-1a over UTF-16 code units: a stable 32-bit number for any string. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough for ordering options; not for anything secret. */
export function seededRandom(seed: string | number): () => number {
  let a = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array in a Fisher-Yates order fixed by `seed`; the input is left as it is. */
export function seededShuffle<T>(items: readonly T[], seed: string | number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
