// Element ids that stay unique when a component appears several times on one page. A counter
// (not randomness) keeps builds reproducible.
let counter = 0;

export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
