import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT_IDS, parseRootHash, rootHash } from '../../../src/data/dermatomes/index.ts';
import { rovingStep, type RovingItem } from '../../../src/components/dermatomes/roving.ts';

describe('the root in the address', () => {
  it.each(ROOT_IDS)('round-trips %s', (root) => expect(parseRootHash(rootHash(root))).toBe(root));

  it.each(['', '#', 'L5', '#l5', '#L5 ', '#L6', '#S4–5', '#S45', '#dermatomes', '#L5&x', '#%3Cscript%3E'])('ignores %j', (hash) => {
    expect(parseRootHash(hash)).toBeNull();
  });

  it('never throws and only returns real root ids', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const root = parseRootHash(`#${text}`);
        expect(root === null || (ROOT_IDS as readonly string[]).includes(root)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('arrow keys between zones', () => {
  const items: RovingItem[] = ['L1', 'L2', 'L3'].flatMap((root) => [
    { root, placement: 'viewer-left' as const },
    { root, placement: 'viewer-right' as const },
  ]);

  it('moves through the roots on one half with up and down, Home and End', () => {
    expect(rovingStep(items, 0, 'ArrowDown')).toBe(2);
    expect(rovingStep(items, 2, 'ArrowUp')).toBe(0);
    expect(rovingStep(items, 0, 'ArrowUp')).toBeUndefined();
    expect(rovingStep(items, 4, 'ArrowDown')).toBeUndefined();
    expect(rovingStep(items, 3, 'Home')).toBe(1);
    expect(rovingStep(items, 1, 'End')).toBe(5);
  });

  it('crosses to the same root on the other half with left and right', () => {
    expect(rovingStep(items, 2, 'ArrowRight')).toBe(3);
    expect(rovingStep(items, 3, 'ArrowLeft')).toBe(2);
    expect(rovingStep(items, 2, 'ArrowLeft')).toBeUndefined();
    expect(rovingStep(items, 2, 'Tab')).toBeUndefined();
  });
});
