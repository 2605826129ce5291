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
 * The sources the case's findings point to, best first. A source is listed only when something
 * supports it and the net score stays above zero: a source whose one clue is outweighed by signs
 * against it is not "likely", and listing it would invite the reader to treat for it.
 * `findings` must already be canonical (deduplicated, vocabulary order) so clue lists are stable.
 */
export function rankSources(findings: readonly FindingId[]): RankedSource[] {
  const ranked = SOURCES.map((source, order) => {
    const clues: FindingId[] = [];
    const against: FindingId[] = [];
    let score = 0;
    for (const finding of findings) {
      const weight = SOURCE_WEIGHTS[finding]?.[source.id] ?? 0;
      if (weight > 0) clues.push(finding);
      if (weight < 0) against.push(finding);
      score += weight;
    }
    return { order, result: { id: source.id, label: source.label, lesson: source.lesson, clues, against, score } };
  });
  return ranked
    .filter(({ result }) => result.clues.length > 0 && result.score > 0)
    .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
    .map(({ result }) => result);
}
