/**
 * Scheduling through ts-fsrs (FSRS, the scheduler Anki uses): when each card is next due after the
 * learner grades it. Fuzz is off so the same reviews on the same dates always give the same due
 * dates (testable, and two devices agree). Pure: every function takes `now`.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

export type GradeName = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly GradeName[] = ['again', 'hard', 'good', 'easy'];
const RATING: Record<GradeName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

/** The FSRS state of one card as it is stored: dates as ISO strings. */
export interface Schedule {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
  state: number;
  lastReview?: string;
}

function toCard(s: Schedule): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    ...(s.lastReview ? { last_review: new Date(s.lastReview) } : {}),
  };
}

function fromCard(card: Card): Schedule {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/** A card never reviewed: due at once. */
export function newSchedule(now: Date): Schedule {
  return fromCard(createEmptyCard(now));
}

/** The schedule after grading the card at `now`. */
export function grade(schedule: Schedule, name: GradeName, now: Date): Schedule {
  return fromCard(scheduler.next(toCard(schedule), now, RATING[name]).card);
}

/** When each grade would bring the card back, for the buttons ("Good: 3 days"). */
export function preview(schedule: Schedule, now: Date): Record<GradeName, Date> {
  const card = toCard(schedule);
  return Object.fromEntries(GRADES.map((g) => [g, scheduler.next(card, now, RATING[g]).card.due])) as Record<GradeName, Date>;
}

export function isDue(schedule: Schedule, now: Date): boolean {
  return Date.parse(schedule.due) <= now.getTime();
}

/** Learned: graded at least once and now in the long-term review state. */
export function isLearned(schedule: Schedule): boolean {
  return schedule.state === State.Review;
}

/** "in 10 minutes", "in 3 days": how a grade's next due date reads on its button. */
export function describeInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? '1 hour' : `${hours} hours`;
  const days = Math.round(hours / 24);
  if (days < 31) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / 30);
  if (months < 12) return months === 1 ? '1 month' : `${months} months`;
  const years = Math.round(days / 365);
  return years === 1 ? '1 year' : `${years} years`;
}
