import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, backupJson, hasChanges, mergeBackup, parseBackup, type SiteState } from '../../../src/review/backup.ts';
import { EMPTY_DECK, setGroup } from '../../../src/review/deck.ts';
import { materializeDeck, recordReview } from '../../../src/review/deck-review.ts';
import { grade } from '../../../src/review/schedule.ts';
import { NO_PROGRESS, withLesson } from '../../../src/lib/progress.ts';
import { withCaseScore } from '../../../src/quiz/storage.ts';

const T0 = new Date('2026-12-01T09:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);
const EMPTY: SiteState = { progress: NO_PROGRESS, quizScores: { cases: new Map() }, review: EMPTY_DECK };

/** A learner's state, built through the same functions the pages use. */
function someState(): SiteState {
  let review = materializeDeck(setGroup(EMPTY_DECK, 'lesson:sciatica-is-a-symptom', true, T0), [{ id: 'term:dermatome', group: 'lesson:sciatica-is-a-symptom' }], T0).deck;
  review = recordReview(review, 'term:dermatome', 'good', grade(review.cards.get('term:dermatome')!.schedule, 'good', T0), T0);
  return {
    progress: withLesson(NO_PROGRESS, 'sciatica-is-a-symptom', true, T0),
    quizScores: withCaseScore({ cases: new Map() }, 'hill-walker', { score: 3, total: 4, at: '2026-12-01' }),
    review,
    theme: 'dark',
  };
}

const fileOf = (state: SiteState, now = T0) => JSON.stringify(backupJson(state, now));

describe('the backup file', () => {
  it('round-trips everything the site keeps', () => {
    const state = someState();
    const read = parseBackup(fileOf(state));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup).toMatchObject({ ...state, exportedAt: T0.toISOString(), skipped: 0 });
    expect(mergeBackup(EMPTY, read.backup).merged).toEqual(state);
    expect(backupFileName(T0)).toBe('sciatic-atlas-backup-2026-12-01.json');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u0089PNG\r\n\u001a\n', 'not JSON'],
    ['{"format":"sciatic-atlas-backup","version":1', 'not JSON'],
    ['[1,2,3]', 'does not say it is one'],
    ['{"version":1,"progress":{}}', 'does not say it is one'],
    ['{"format":"another-app","version":1}', 'does not say it is one'],
    [`{"format":"${BACKUP_FORMAT}","version":2,"exportedAt":"2026-12-01T09:00:00Z"}`, 'newer version'],
    [`{"format":"${BACKUP_FORMAT}","version":"1","exportedAt":"2026-12-01T09:00:00Z"}`, 'no version'],
    [`{"format":"${BACKUP_FORMAT}","version":1}`, 'no valid export date'],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"2026-12-01T09:00:00Z","progress":[]}`, 'lessons part'],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"2026-12-01T09:00:00Z","quizScores":{"version":1,"cases":3}}`, 'case scores part'],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"2026-12-01T09:00:00Z","review":{"version":1}}`, 'review part'],
    [`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"2026-12-01T09:00:00Z","theme":"neon"}`, 'theme'],
  ])('%j is refused with a message (“%s”)', (text, words) => {
    const read = parseBackup(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(words);
  });

  it('leaves out entries it cannot read, and says how many', () => {
    const file = JSON.parse(fileOf(someState()));
    file.progress.lessons['<script>'] = { done: true, at: T0.toISOString() };
    file.quizScores.cases['hill-walker-2'] = { score: 9, total: 4, at: '2026-12-01' };
    const read = parseBackup(JSON.stringify(file));
    expect(read.ok && read.backup.skipped).toBe(2);
  });

  it('merges per item by time: the newer mark, score and card win; the device’s theme stays', () => {
    const device = someState();
    const other: SiteState = {
      progress: withLesson(withLesson(NO_PROGRESS, 'sciatica-is-a-symptom', false, at(-1)), 'the-clients-side', true, at(1)),
      quizScores: withCaseScore({ cases: new Map() }, 'hill-walker', { score: 4, total: 4, at: '2026-12-02' }),
      review: setGroup(EMPTY_DECK, 'lesson:the-clients-side', true, at(1)),
      theme: 'light',
    };
    const read = parseBackup(fileOf(other, at(1)));
    if (!read.ok) throw new Error(read.message);
    const { merged, changes } = mergeBackup(device, read.backup);
    expect(merged.progress.lessons.get('sciatica-is-a-symptom')?.done).toBe(true); // the device's mark is newer
    expect(merged.progress.lessons.get('the-clients-side')?.done).toBe(true);
    expect(merged.quizScores.cases.get('hill-walker')?.score).toBe(4);
    expect(merged.review.groups.get('lesson:the-clients-side')?.active).toBe(true);
    expect(merged.review.cards).toEqual(device.review.cards);
    expect(merged.theme).toBe('dark');
    expect(changes).toEqual({ lessons: 1, scores: 1, cards: 1, reviews: 0, theme: false });
    expect(hasChanges(mergeBackup(merged, read.backup).changes)).toBe(false); // importing twice changes nothing more
  });
});

// Hostile files: whatever a learner (or anyone) picks, the reader answers with a backup whose every
// part is well formed, or with one sentence; it never throws.
const validFile = fileOf(someState());
const hostile = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: T0.toISOString(), progress: v })),
  fc.jsonValue().map((v) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: T0.toISOString(), review: v })),
  fc.jsonValue().map((v) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: T0.toISOString(), quizScores: { version: 1, cases: v } })),
  fc.record({ format: fc.constantFrom(BACKUP_FORMAT, 'x'), version: fc.jsonValue(), exportedAt: fc.jsonValue(), theme: fc.jsonValue() }).map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'lessons', 'cards', 'groups', 'log', 'version'), fc.jsonValue()).map((v) =>
    JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: T0.toISOString(), progress: { version: 2, lessons: v }, review: { version: 1, groups: v, cards: v, log: [] } }),
  ),
  fc.nat({ max: validFile.length }).map((n) => validFile.slice(0, n)),
  fc.tuple(fc.nat({ max: validFile.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([i, s]) => validFile.slice(0, i) + s + validFile.slice(i + 1)),
);

describe('the backup reader, against hostile files', () => {
  it('never throws; returns well-formed parts or one sentence', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const read = parseBackup(text);
        if (!read.ok) {
          expect(read.message).toMatch(/^[A-Z].{10,200}\.$/);
          return;
        }
        const { progress, quizScores, review, exportedAt } = read.backup;
        expect(Number.isFinite(Date.parse(exportedAt))).toBe(true);
        for (const [id, mark] of progress.lessons) {
          expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          expect(typeof mark.done).toBe('boolean');
        }
        for (const score of quizScores.cases.values()) expect(score.score).toBeLessThanOrEqual(score.total);
        for (const [id, entry] of review.cards) {
          expect(id).toMatch(/^[a-z0-9][a-z0-9:/_.-]*$/);
          expect(entry.group).toMatch(/^(lesson|case):/);
          expect(Number.isFinite(Date.parse(entry.schedule.due))).toBe(true);
        }
        expect(Object.prototype).not.toHaveProperty('done');
        // Merging what was read into an empty browser never fails either.
        expect(() => mergeBackup(EMPTY, read.backup)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
