import type { FindingId } from './findings.ts';
import type { LessonLink } from './lessons.ts';
import { SOURCE_WEIGHTS } from './source-weights.ts';
import { SOURCES, type SourceId } from './sources.ts';

export interface RankedSource {
  readonly id: SourceId;
  readonly label: string;
  readonly lesson: LessonLink;
  /** The case's findings that support this source, in canonical order. */
  readonly clues: FindingId[];
  /** The case's findings that count against it (neurological signs against trigger-point referral). */
  readonly against: FindingId[];
  readonly score: number;
}

/**
 * Flags that put possible serious pathology first (mostly whole-body signs). With any of them, guessing at a
 * musculoskeletal source would teach anchoring on a benign label, so nothing else is offered.
 */
export const SYSTEMIC_FLAGS: readonly FindingId[] = [
  'fever',
  'feeling-unwell',
  'unexplained-weight-loss',
  'history-of-cancer',
  'significant-trauma',
  'pulsatile-abdominal-mass',
  // Not whole-body, but the same reasoning: signs of cord involvement point above the lumbar roots,
  // possibly to a cancer or an infection pressing on the cord, so no lumbar source is offered.
  'widespread-neurology',
];

function score(findings: readonly FindingId[], sourceId: SourceId, order: number) {
  const source = SOURCES[order]!;
  const clues: FindingId[] = [];
  const against: FindingId[] = [];
  let total = 0;
  for (const finding of findings) {
    const weight = SOURCE_WEIGHTS[finding]?.[sourceId] ?? 0;
    if (weight > 0) clues.push(finding);
    if (weight < 0) against.push(finding);
    total += weight;
  }
  const result: RankedSource = { id: source.id, label: source.label, lesson: source.lesson, clues, against, score: total };
  return { order, result };
}

/**
 * The sources the case's findings point to, best first. With a systemic flag, only possible
 * serious pathology. Otherwise a source is listed only when something supports it and the net
 * score stays above zero: a source whose one clue is outweighed by signs against it is not
 * "likely", and listing it would invite the reader to treat for it.
 * `findings` must already be canonical (deduplicated, vocabulary order) so clue lists are stable.
 */
export function rankSources(findings: readonly FindingId[]): RankedSource[] {
  const ranked = SOURCES.map((source, order) => score(findings, source.id, order));
  if (findings.some((f) => SYSTEMIC_FLAGS.includes(f))) {
    return ranked.filter(({ result }) => result.id === 'serious-pathology').map(({ result }) => result);
  }
  return ranked
    .filter(({ result }) => result.id !== 'serious-pathology' && result.clues.length > 0 && result.score > 0)
    .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
    .map(({ result }) => result);
}
