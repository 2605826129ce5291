import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, MAX_SESSIONS } from '../../../src/rules/index.ts';
import { CHECKER_STORAGE_KEY, clearStoredCase, readStoredCase, writeStoredCase, type CaseStore } from '../../../src/components/checker/stored-case.ts';

function memoryStore(initial?: string): CaseStore & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[CHECKER_STORAGE_KEY, initial]]);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('the checker case kept for the tab', () => {
  it('round-trips any valid case and removes the entry for an empty one', () => {
    const caseArb = fc.record({
      findings: fc.uniqueArray(fc.constantFrom(...FINDING_IDS)),
      sessionsWithoutImprovement: fc.option(fc.integer({ min: 0, max: MAX_SESSIONS }), { nil: undefined }),
    });
    fc.assert(
      fc.property(caseArb, (value) => {
        const store = memoryStore();
        writeStoredCase(store, value);
        const empty = value.findings.length === 0 && value.sessionsWithoutImprovement === undefined;
        if (empty) {
          expect(store.data.size).toBe(0);
          return;
        }
        const back = readStoredCase(store);
        expect(back).toEqual({ kind: 'case', value: expect.objectContaining({ findings: value.findings }) });
        if (back.kind === 'case') expect(back.value.sessionsWithoutImprovement).toBe(value.sessionsWithoutImprovement);
      }),
    );
  });

  it('never throws on whatever the storage holds, and trusts only what the strict parser accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const result = readStoredCase(memoryStore(raw));
        expect(['case', 'unreadable']).toContain(result.kind);
        if (result.kind === 'case') for (const id of result.value.findings) expect(FINDING_IDS).toContain(id);
      }),
    );
  });

  it('refuses unknown findings, extra keys and bad counts with the parser\'s message', () => {
    expect(readStoredCase(memoryStore('{"findings":["nope"]}'))).toMatchObject({ kind: 'unreadable', error: expect.stringContaining('unknown finding') });
    expect(readStoredCase(memoryStore('{"findings":[],"tick":1}'))).toMatchObject({ kind: 'unreadable' });
    expect(readStoredCase(memoryStore(`{"findings":[],"sessionsWithoutImprovement":${MAX_SESSIONS + 1}}`))).toMatchObject({ kind: 'unreadable' });
    expect(readStoredCase(memoryStore('not json'))).toEqual({ kind: 'unreadable', error: 'it is not JSON' });
    expect(readStoredCase(memoryStore())).toEqual({ kind: 'none' });
  });

  it('survives a storage that refuses (private modes) without throwing', () => {
    const refusing: CaseStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('denied'); } };
    expect(readStoredCase(refusing)).toEqual({ kind: 'none' });
    expect(() => writeStoredCase(refusing, { findings: ['fever'] })).not.toThrow();
    expect(() => clearStoredCase(refusing)).not.toThrow();
    expect(readStoredCase(null)).toEqual({ kind: 'none' });
  });
});
