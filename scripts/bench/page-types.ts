// The page types the benchmark measures, each with the Lighthouse performance score it must reach
// (issue 8: static pages and the red-flag checker 98, other island pages 90; accessibility, best
// practices and SEO 100 everywhere) and a rule that picks one representative built page.
import { pageTypeFor, type Budgets } from '../dist/budgets.ts';

export interface BenchPageType {
  name: string;
  minPerformance: number;
  /** The representative page among the built site paths, or undefined when none is built yet. */
  pick(paths: readonly string[], budgets: Budgets): string | undefined;
}

export const MIN_OTHER_SCORES = 100;

const exact = (path: string) => (paths: readonly string[]) => paths.find((p) => p === path);
const first = (pattern: RegExp) => (paths: readonly string[]) => paths.find((p) => pattern.test(p));

export const BENCH_PAGE_TYPES: readonly BenchPageType[] = [
  { name: 'home', minPerformance: 98, pick: exact('/') },
  // A lesson without an island: the budget file already knows which lessons embed one.
  { name: 'lesson', minPerformance: 98, pick: (paths, budgets) => paths.find((p) => pageTypeFor(p, budgets)?.name === 'lesson') },
  { name: 'glossary', minPerformance: 98, pick: exact('/glossary/') },
  { name: 'red-flag checker', minPerformance: 98, pick: exact('/red-flags/') },
  { name: 'case quiz', minPerformance: 90, pick: first(/^\/cases\/[^/]+\/$/) },
  { name: 'assign page', minPerformance: 90, pick: exact('/assign/') },
  { name: 'dermatome map', minPerformance: 90, pick: exact('/dermatomes/') },
  { name: '3D viewer', minPerformance: 95, pick: exact('/variants/') },
  // Issue 13: the lessons that embed the 3D viewer (it loads when scrolled to, after Lighthouse's window).
  { name: 'lesson with 3D viewer', minPerformance: 98, pick: exact('/lessons/piriformis-syndrome/') },
];
