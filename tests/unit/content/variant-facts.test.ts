import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VARIANT_TYPES } from '../../../src/data/variants/types.ts';
import { prevalenceRows, prevalenceValue } from '../../../src/components/user/variant-facts.ts';

// Every Beaton & Anson type's route and prevalence pinned in one fixture; the lesson table and the
// inline figures are built from the same data, so they are checked against it too.
const fixture = JSON.parse(readFileSync('tests/fixtures/facts/variants.json', 'utf8')) as {
  types: Record<string, { divided: boolean; route: { tibial: string; commonFibular: string }; prevalence: { value: string; basis: string; source: string }[] }>;
};

describe('variant data against the fixture', () => {
  it('has the six types A to F', () => {
    expect(VARIANT_TYPES.map((t) => t.id)).toEqual(Object.keys(fixture.types));
  });
  for (const type of VARIANT_TYPES) {
    it(`type ${type.id}: route and prevalence with source`, () => {
      expect({ divided: type.divided, route: type.passage, prevalence: type.prevalence.map(({ value, basis, source }) => ({ value, basis, source })) })
        .toEqual(fixture.types[type.id]);
    });
  }
});

describe('the lesson table and inline figures', () => {
  const rows = prevalenceRows();
  it('shows each type\'s route and every source\'s figure', () => {
    for (const row of rows) {
      const f = fixture.types[row.type]!;
      expect(row.tibial.startsWith(f.route.tibial)).toBe(true);
      expect(row.commonFibular.startsWith(f.route.commonFibular)).toBe(true);
      expect(row.prevalence.map((p) => [p.text.split(' ')[0], p.source])).toEqual(f.prevalence.map((p) => [p.value, p.source]));
    }
  });
  it('inline prevalence gives the figure of the named source', () => {
    expect(prevalenceValue('B', 'tomaszewski-2016')).toBe(fixture.types.B!.prevalence.find((p) => p.source === 'tomaszewski-2016')!.value);
    expect(prevalenceValue('A', 'natsis-2014')).toBe(fixture.types.A!.prevalence.find((p) => p.source === 'natsis-2014')!.value);
    expect(() => prevalenceValue('C', 'tomaszewski-2016')).toThrow(/No prevalence for type C/);
  });
});
