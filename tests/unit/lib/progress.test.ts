import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doneLessons, parseProgress, serializeProgress, withLesson, NO_PROGRESS } from '../../../src/lib/progress.ts';
import { mergeProgress } from '../../../src/review/merge.ts';

const known = new Set(['sciatica-is-a-symptom', 'sciatic-nerve-anatomy']);
const t1 = new Date('2026-11-01T10:00:00.000Z');
const t2 = new Date('2026-11-02T10:00:00.000Z');

describe('reading progress', () => {
  it('round-trips marked lessons with the time of each mark', () => {
    const progress = withLesson(withLesson(NO_PROGRESS, 'sciatic-nerve-anatomy', true, t1), 'sciatica-is-a-symptom', true, t2);
    const back = parseProgress(serializeProgress(progress), known);
    expect(doneLessons(back)).toEqual(['sciatic-nerve-anatomy', 'sciatica-is-a-symptom']);
    expect(back.lessons.get('sciatica-is-a-symptom')).toEqual({ done: true, at: t2.toISOString() });
    expect(doneLessons(withLesson(progress, 'sciatic-nerve-anatomy', false, t2))).toEqual(['sciatica-is-a-symptom']);
  });

  it('still reads the version 1 format, its marks dated at the epoch', () => {
    const raw = JSON.stringify({ version: 1, done: ['sciatica-is-a-symptom', 'gone-lesson', '<img src=x>', 42, 'sciatica-is-a-symptom'] });
    const progress = parseProgress(raw, known);
    expect(doneLessons(progress)).toEqual(['sciatica-is-a-symptom']);
    expect(progress.lessons.get('sciatica-is-a-symptom')?.at).toBe('1970-01-01T00:00:00.000Z');
  });

  it('drops lessons that no longer exist and marks that are not well formed', () => {
    const raw = JSON.stringify({
      version: 2,
      lessons: { 'sciatica-is-a-symptom': { done: true, at: t1.toISOString() }, 'gone-lesson': { done: true, at: t1.toISOString() }, 'sciatic-nerve-anatomy': { done: 'yes', at: 'today' } },
    });
    expect(doneLessons(parseProgress(raw, known))).toEqual(['sciatica-is-a-symptom']);
  });

  it.each([null, '', '{', 'null', '[]', '"text"', '{"version":3,"lessons":{}}', '{"done":["sciatica-is-a-symptom"]}', '{"version":1,"done":"x"}', '{"version":2,"lessons":[]}'])(
    'treats %j as no progress',
    (raw) => expect(doneLessons(parseProgress(raw, known))).toEqual([]),
  );

  it('merges by keeping the more recent mark per lesson, the device’s own on a tie', () => {
    const mine = withLesson(withLesson(NO_PROGRESS, 'sciatic-nerve-anatomy', true, t2), 'sciatica-is-a-symptom', true, t1);
    const theirs = withLesson(withLesson(NO_PROGRESS, 'sciatic-nerve-anatomy', false, t1), 'sciatica-is-a-symptom', false, t2);
    const merged = mergeProgress(mine, theirs);
    expect(merged.lessons.get('sciatic-nerve-anatomy')).toEqual({ done: true, at: t2.toISOString() });
    expect(merged.lessons.get('sciatica-is-a-symptom')).toEqual({ done: false, at: t2.toISOString() });
    const tie = withLesson(NO_PROGRESS, 'sciatic-nerve-anatomy', false, t2);
    expect(mergeProgress(mine, tie).lessons.get('sciatic-nerve-anatomy')?.done).toBe(true);
  });

  it('never throws and only ever returns known lesson ids, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, done: v })),
          fc.jsonValue().map((v) => JSON.stringify({ version: 2, lessons: v })),
          fc.dictionary(fc.constantFrom(...known, 'x', '__proto__'), fc.jsonValue()).map((v) => JSON.stringify({ version: 2, lessons: v })),
        ),
        (raw) => {
          const progress = parseProgress(raw, known);
          expect([...progress.lessons.keys()].every((id) => known.has(id))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
