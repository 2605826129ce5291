import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, SOURCE_IDS, URGENCY_LEVELS, parseCase, triage } from '../../../src/rules/index.ts';

/*
 * Each tests/fixtures/triage/*.json is one worked case, in the style of praxis-isncsci's fixtures:
 *   { "description", "case", "expect": { "urgency", "rulesInclude": [ids],
 *     "rulesExclude"?: [ids], "noOtherRules"?: true (rulesInclude is the whole list, in any order),
 *     "topSource"?: id | null (null: no likely source), "sourcesInclude"?: [ids], "sourcesExclude"?: [ids] },
 *     "result": the whole triage() output: every rule with its message, every ranked source with its
 *     clues and score, and the advice, word for word }
 * "expect" is the author's clinical intent, written by hand; "result" pins everything else, so a
 * change to any weight, sentence or order fails here until someone reads it and re-records it with
 * `UPDATE_TRIAGE_FIXTURES=1 npx vitest run tests/unit/rules/fixtures.test.ts`.
 * Unknown keys and unknown ids fail the file, so a typo cannot turn a check into a no-op.
 */
const DIR = join(import.meta.dirname, '../../fixtures/triage');
const EXPECT_KEYS = ['urgency', 'rulesInclude', 'rulesExclude', 'noOtherRules', 'topSource', 'sourcesInclude', 'sourcesExclude'];

interface Expect {
  urgency: string;
  rulesInclude: string[];
  rulesExclude?: string[];
  noOtherRules?: boolean;
  topSource?: string | null;
  sourcesInclude?: string[];
  sourcesExclude?: string[];
}
interface Fixture {
  description: string;
  case: unknown;
  expect: Expect;
  result: unknown;
}

const UPDATE = process.env['UPDATE_TRIAGE_FIXTURES'] === '1';

const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, fixture: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Fixture }));

const ruleIds: readonly string[] = RULE_IDS;
const sourceIds: readonly string[] = SOURCE_IDS;

describe('triage fixtures', () => {
  it('has at least 25 worked cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures)('$name is well formed', ({ fixture }) => {
    expect(Object.keys(fixture).sort()).toEqual(UPDATE ? expect.arrayContaining(['case', 'description', 'expect']) : ['case', 'description', 'expect', 'result']);
    expect(fixture.description.trim()).not.toBe('');
    expect(EXPECT_KEYS).toEqual(expect.arrayContaining(Object.keys(fixture.expect)));
    const { urgency, rulesInclude, rulesExclude = [], topSource, sourcesInclude = [], sourcesExclude = [] } = fixture.expect;
    expect(URGENCY_LEVELS).toContain(urgency);
    for (const id of [...rulesInclude, ...rulesExclude]) expect(ruleIds, `rule id ${id}`).toContain(id);
    for (const id of [...sourcesInclude, ...sourcesExclude, ...(topSource ? [topSource] : [])]) expect(sourceIds, `source id ${id}`).toContain(id);
  });

  it.each(fixtures)('$name pins the whole result', ({ name, fixture }) => {
    const parsed = parseCase(fixture.case);
    if (!parsed.ok) throw new Error(`fixture case does not parse: ${parsed.error}`);
    const result = triage(parsed.value);
    if (UPDATE) {
      const { description, case: input, expect: intent } = fixture;
      writeFileSync(join(DIR, name), `${JSON.stringify({ description, case: input, expect: intent, result }, null, 2)}\n`);
      return;
    }
    expect(result).toEqual(fixture.result);
  });

  it.each(fixtures)('$name: $fixture.description', ({ fixture }) => {
    const parsed = parseCase(fixture.case);
    if (!parsed.ok) throw new Error(`fixture case does not parse: ${parsed.error}`);
    const result = triage(parsed.value);
    const fired = result.rules.map((r) => r.id);
    const sources = result.likelySources.map((s) => s.id);
    const e = fixture.expect;

    expect(result.urgency).toBe(e.urgency);
    expect(fired).toEqual(expect.arrayContaining(e.rulesInclude));
    for (const id of e.rulesExclude ?? []) expect(fired).not.toContain(id);
    if (e.noOtherRules) expect([...fired].sort()).toEqual([...e.rulesInclude].sort());
    if (e.topSource === null) expect(sources).toEqual([]);
    else if (e.topSource !== undefined) expect(sources[0]).toBe(e.topSource);
    expect(sources).toEqual(expect.arrayContaining(e.sourcesInclude ?? []));
    for (const id of e.sourcesExclude ?? []) expect(sources).not.toContain(id);
  });

  it('between them, expect every rule the module can fire', () => {
    const covered = new Set(fixtures.flatMap(({ fixture }) => fixture.expect.rulesInclude));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('between them, expect every likely source', () => {
    const covered = new Set(
      fixtures.flatMap(({ fixture }) => [...(fixture.expect.sourcesInclude ?? []), ...(fixture.expect.topSource ? [fixture.expect.topSource] : [])]),
    );
    expect(sourceIds.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('cover each urgency and the session boundary', () => {
    const urgencies = new Set(fixtures.map(({ fixture }) => fixture.expect.urgency));
    expect([...urgencies].sort()).toEqual([...URGENCY_LEVELS].sort());
    const sessions = new Set(fixtures.map(({ fixture }) => (fixture.case as { sessionsWithoutImprovement?: number }).sessionsWithoutImprovement));
    for (const n of [2, 3, 4]) expect(sessions).toContain(n);
  });
});
