import { describe, expect, it } from 'vitest';
import { createEmptyCard, State } from 'ts-fsrs';
import { describeInterval, grade, isDue, isLearned, newSchedule, preview, type Schedule } from '../../../src/review/schedule.ts';
import { newSchedule as deckNewSchedule } from '../../../src/review/deck.ts';
import { STATE_REVIEW } from '../../../src/review/deck-review.ts';

// Scheduling through ts-fsrs with fixed dates: the same reviews on the same dates always give the
// same due dates (fuzz is off), so two devices and every test run agree.
const T0 = new Date('2026-12-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('FSRS scheduling', () => {
  it('a new card is due at once; Good takes it through the 10-minute learning step, then to days', () => {
    const fresh = newSchedule(T0);
    expect(isDue(fresh, T0)).toBe(true);
    const first = grade(fresh, 'good', T0);
    expect(first).toMatchObject({ due: at(10 * MIN).toISOString(), state: State.Learning, reps: 1, lapses: 0, lastReview: T0.toISOString() });
    expect(isDue(first, at(9 * MIN))).toBe(false);
    expect(isDue(first, at(10 * MIN))).toBe(true);
    const second = grade(first, 'good', at(10 * MIN));
    expect(second.state).toBe(State.Review);
    expect(isLearned(second)).toBe(true);
    const days = (Date.parse(second.due) - at(10 * MIN).getTime()) / DAY;
    expect(Number.isInteger(days)).toBe(true);
    expect(days).toBeGreaterThanOrEqual(1);
    expect(second).toMatchInlineSnapshot(`
      {
        "difficulty": 2.11121424,
        "due": "2026-12-03T09:10:00.000Z",
        "lapses": 0,
        "lastReview": "2026-12-01T09:10:00.000Z",
        "learningSteps": 0,
        "reps": 2,
        "scheduledDays": 2,
        "stability": 2.3065,
        "state": 2,
      }
    `);
  });

  it('orders the grades: Again soonest, Easy latest, for a new card and for a learned one', () => {
    const learned = grade(grade(newSchedule(T0), 'good', T0), 'good', at(10 * MIN));
    for (const [schedule, now] of [[newSchedule(T0), T0], [learned, new Date(learned.due)]] as [Schedule, Date][]) {
      const next = preview(schedule, now);
      expect(next.again.getTime()).toBeLessThan(next.hard.getTime());
      expect(next.hard.getTime()).toBeLessThan(next.good.getTime());
      expect(next.good.getTime()).toBeLessThan(next.easy.getTime());
    }
  });

  it('a lapse (Again on a learned card) counts, and brings the card back within minutes', () => {
    const learned = grade(grade(newSchedule(T0), 'good', T0), 'good', at(10 * MIN));
    const due = new Date(learned.due);
    const lapsed = grade(learned, 'again', due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(State.Relearning);
    expect(Date.parse(lapsed.due) - due.getTime()).toBeLessThanOrEqual(10 * MIN);
  });

  it('a card reviewed on time again and again is scheduled further out each time', () => {
    let schedule = grade(grade(newSchedule(T0), 'good', T0), 'good', at(10 * MIN));
    let gap = 0;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      const now = new Date(schedule.due);
      schedule = grade(schedule, 'good', now);
      const next = Date.parse(schedule.due) - now.getTime();
      expect(next).toBeGreaterThan(gap);
      gap = next;
      intervals.push(schedule.scheduledDays);
    }
    // Pinned: without fuzz these are exact, so two devices given the same reviews agree.
    expect(intervals).toMatchInlineSnapshot(`
      [
        11,
        46,
        163,
        498,
        1348,
      ]
    `);
  });

  it('the deck’s scheduler-free empty schedule is ts-fsrs’s empty card, and Review is state 2', () => {
    const card = createEmptyCard(T0);
    expect(deckNewSchedule(T0)).toEqual({
      due: card.due.toISOString(), stability: card.stability, difficulty: card.difficulty, scheduledDays: card.scheduled_days,
      learningSteps: card.learning_steps, reps: card.reps, lapses: card.lapses, state: card.state,
    });
    expect(newSchedule(T0)).toEqual(deckNewSchedule(T0));
    expect(STATE_REVIEW).toBe(State.Review);
  });

  it.each([
    [30_000, '1 minute'], [10 * MIN, '10 minutes'], [90 * MIN, '2 hours'], [DAY, '1 day'], [3 * DAY, '3 days'], [45 * DAY, '2 months'], [400 * DAY, '1 year'],
  ])('an interval of %i ms reads "%s"', (ms, text) => expect(describeInterval(T0, at(ms))).toBe(text));
});
