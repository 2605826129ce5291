/**
 * The known id a mistyped one most likely meant, or undefined when none is close enough to be a
 * helpful guess. Case, spaces and underscores are forgiven first ("Saddle Anesthesia"), then up to
 * about a third of the characters may differ ("sadle-anaesthesia"), else a fragment found in
 * exactly one id is enough ("saddle").
 */
export function closestId(input: string, known: readonly string[]): string | undefined {
  // Long strings are never typos of a short id, and the distance costs length x length.
  if (input.length === 0 || input.length > 64) return undefined;
  const normal = input.trim().toLowerCase().replace(/[\s_]+/g, '-');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const distance = editDistance(normal, id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))) return best;
  // A word from inside one id ("saddle", "hamstring") names it when no other id shares the word.
  const containing = normal.length >= 4 ? known.filter((id) => id.includes(normal)) : [];
  return containing.length === 1 ? containing[0] : undefined;
}

/** Levenshtein distance over UTF-16 code units, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
