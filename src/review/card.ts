/**
 * A review card: one thing the course already asks, turned into a prompt and an answer for spaced
 * review. Cards are built from the data that renders each question on the site (the builders in
 * ./cards/), never written by hand, so a card can never disagree with the page it came from.
 *
 * Ids are stable across builds: they name where the question lives (a lesson section, a glossary
 * entry, a root fact, a case question), not its wording, so a reworded question keeps its review
 * history and a removed one simply stops being built.
 */
export type CardKind = 'self-check' | 'term' | 'term-reverse' | 'find-it' | 'case';

export interface ReviewCard {
  /** Stable across builds, e.g. "check:entrapment-sites/intervertebral-foramina/1". */
  id: string;
  kind: CardKind;
  /** The deck group the card is added and removed with: "lesson:<lesson id>" or "case:<case id>". */
  group: string;
  /** What the learner is asked. */
  prompt: string;
  /** Context shown above the prompt (a case's story), as short paragraphs. */
  context?: string[];
  /** The choices, when the source question has them (shown before the answer). */
  options?: string[];
  /** Which options are right (indexes into `options`), marked when the card is turned. */
  right?: number[];
  /** The right answer, shown when the learner turns the card. */
  answer: string;
  /** Why, in plain words. */
  explanation?: string;
  /** Where the course teaches it: a site path, e.g. "/lessons/x/#section". */
  href: string;
}

export function lessonGroup(lessonId: string): string {
  return `lesson:${lessonId}`;
}

export function caseGroup(caseId: string): string {
  return `case:${caseId}`;
}
