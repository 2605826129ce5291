/**
 * How many columns a grid of `count` items needs so that its rows are as even as possible, with
 * at most `maxPerRow` on a row: 18 letters with room for 7 give 6 columns (three rows of 6), not
 * 7 (7, 7 and a lonely 4). Used for the glossary's letter bar.
 */
export function balancedColumns(count: number, maxPerRow: number): number {
  if (count <= 0 || maxPerRow <= 0) return 1;
  const rows = Math.ceil(count / maxPerRow);
  return Math.ceil(count / rows);
}
