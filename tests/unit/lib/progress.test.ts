import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgress, serializeProgress, withLesson } from '../../../src/lib/progress.ts';

const known = new Set(['sciatica-is-a-symptom', 'sciatic-nerve-anatomy']);

describe('reading progress', () => {
  it('round-trips marked lessons', () => {
    const progress = withLesson(withLesson({ done: [] }, 'sciatic-nerve-anatomy', true), 'sciatica-is-a-symptom', true);
    expect(parseProgress(serializeProgress(progress), known).done.sort()).toEqual(['sciatic-nerve-anatomy', 'sciatica-is-a-symptom']);
    expect(withLesson(progress, 'sciatic-nerve-anatomy', false).done).toEqual(['sciatica-is-a-symptom']);
  });

  it('drops lessons that no longer exist and ids that are not lesson ids', () => {
    const raw = JSON.stringify({ version: 1, done: ['sciatica-is-a-symptom', 'gone-lesson', '<img src=x>', 42, 'sciatica-is-a-symptom'] });
    expect(parseProgress(raw, known)).toEqual({ done: ['sciatica-is-a-symptom'] });
  });

  it.each([null, '', '{', 'null', '[]', '"text"', '{"version":2,"done":[]}', '{"done":["sciatica-is-a-symptom"]}', '{"version":1,"done":"x"}'])(
    'treats %j as no progress',
    (raw) => expect(parseProgress(raw, known)).toEqual({ done: [] }),
  );

  it('never throws and only ever returns known lesson ids, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 1, done: v }))), (raw) => {
        const { done } = parseProgress(raw, known);
        expect(done.every((id) => known.has(id))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
