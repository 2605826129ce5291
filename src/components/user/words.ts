/** Numbers in words for sentences built from data ("four sessions"); lists use quiz/wording.ts. */

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "four" for 4; digits above ten, as style guides advise for prose. */
export function numberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`numberWord: ${n} is not a whole number`);
  return NUMBER_WORDS[n] ?? String(n);
}
