import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIND_IT_QUESTIONS, ROOTS, REFERRAL_PATTERNS, isCorrect } from '../../../src/data/dermatomes/index.ts';
import { rootRows, sciaticRootsText } from '../../../src/components/user/root-facts.ts';

// The dermatome facts pinned in one fixture (praxis-isncsci style): a change to any root's skin
// area, key point, key muscle, reflex or disc level fails here until the fixture changes too.
const fixture = JSON.parse(readFileSync('tests/fixtures/facts/dermatomes.json', 'utf8')) as {
  roots: Record<string, { skin: string; keyPoint: string; keyMuscle: string | null; reflex: { name: string; established: boolean } | null; disc: string | null; sciatic: string }>;
  gluteusMinimus: Record<string, { area: string; overlaps: string[] }>;
};

describe('root facts against the fixture', () => {
  it('has exactly the fixture roots, in order', () => {
    expect(ROOTS.map((r) => r.id)).toEqual(Object.keys(fixture.roots));
  });

  for (const root of ROOTS) {
    it(`${root.id}: skin area, key point, key muscle, reflex, disc level and sciatic part`, () => {
      expect({
        skin: root.skin,
        keyPoint: root.keyPoint.name,
        keyMuscle: root.keyMuscle?.group ?? null,
        reflex: root.reflex ? { name: root.reflex.name, established: root.reflex.established } : null,
        disc: root.disc.level,
        sciatic: root.sciatic.part,
      }).toEqual(fixture.roots[root.id]);
    });
  }

  it('gluteus minimus zones and the dermatomes they overlap', () => {
    for (const p of REFERRAL_PATTERNS) {
      expect({ area: p.area, overlaps: p.overlaps }).toEqual(fixture.gluteusMinimus[p.fibres]);
    }
  });
});

describe('what lessons render from the root facts', () => {
  it('a lesson table row carries the fixture value in each cell', () => {
    const [l5, s1] = rootRows(['L5', 'S1'], ['skin', 'keyPoint', 'keyMuscle', 'disc']);
    expect(l5!.cells).toEqual([fixture.roots.L5!.skin, fixture.roots.L5!.keyPoint, expect.stringMatching(/^long toe extensors/), fixture.roots.L5!.disc]);
    expect(s1!.cells[3]).toBe(fixture.roots.S1!.disc);
  });

  it('the roots of the nerve and its parts follow each root\'s sciatic part', () => {
    const of = (part: string) => Object.entries(fixture.roots).filter(([, r]) => part === 'whole' ? r.sciatic !== 'none' : part === 'tibial' ? r.sciatic !== 'none' : r.sciatic === 'both').map(([id]) => id);
    expect(sciaticRootsText('whole', 'list')).toBe(of('whole').join(', ').replace(/, (\w+)$/, ' and $1'));
    expect(sciaticRootsText('tibial', 'range')).toBe(`${of('tibial')[0]} to ${of('tibial').at(-1)}`);
    expect(sciaticRootsText('commonFibular', 'range')).toBe(`${of('commonFibular')[0]} to ${of('commonFibular').at(-1)}`);
  });
});

describe('the knee jerk, where textbooks disagree', () => {
  const kneeJerk = FIND_IT_QUESTIONS.find((q) => q.id === 'reflex-L4')!;
  it('accepts either of its roots and says so', () => {
    expect(isCorrect(kneeJerk, 'L4')).toBe(true);
    expect(isCorrect(kneeJerk, 'L3')).toBe(true);
    expect(isCorrect(kneeJerk, 'L5')).toBe(false);
    expect(kneeJerk.explain).toMatch(/L3 and L4/);
  });
  it('the ankle jerk still has one answer', () => {
    const ankle = FIND_IT_QUESTIONS.find((q) => q.id === 'reflex-S1')!;
    expect(ankle.alsoAccepted).toBeUndefined();
    expect(isCorrect(ankle, 'L5')).toBe(false);
  });
});
