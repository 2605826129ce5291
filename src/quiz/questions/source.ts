import { SOURCE_IDS, findingsAgainst, getFinding, getSource, type FindingId, type RankedSource, type SourceId } from '../../rules/index.ts';
import { seededShuffle } from '../../lib/seeded.ts';
import type { QuizOption, QuizQuestion } from '../types.ts';
import { joinList, lowerFirst } from '../wording.ts';
import { questionId, type QuizContext } from './context.ts';

/*
 * "What is the most likely source?" The key is the top of triage()'s ranking. Distractors are the
 * other ranked sources first (they are the instructive near-misses), then other source ids in an
 * order fixed by the case id. Four options, shuffled by the case id so the key's place is not a clue.
 */

const OPTION_COUNT = 4;

function labels(ids: readonly FindingId[]): string {
  return joinList(ids.map((id) => lowerFirst(getFinding(id).label)));
}

/** The ranked sources that share the top score: a tie has no fair single answer. */
export function topSources(ranked: readonly RankedSource[]): RankedSource[] {
  const best = ranked[0]?.score;
  return ranked.filter((source) => source.score === best);
}

function feedbackFor(id: SourceId, top: RankedSource, ranked: readonly RankedSource[], findings: readonly FindingId[]): string {
  const source = getSource(id);
  if (id === top.id) return `Right. The findings that support it most: ${labels(top.clues)}. ${source.explanation}`;
  const entry = ranked.find((r) => r.id === id);
  if (entry) {
    return `Possible, but the findings support it less. For it: ${labels(entry.clues)}. For ${lowerFirst(top.label)}: ${labels(top.clues)}.`;
  }
  const against = findings.filter((f) => findingsAgainst(id).includes(f));
  if (against.length > 0) return `Unlikely. Against it: ${labels(against)}. ${source.label}: ${lowerFirst(source.explanation)}`;
  return `Nothing in this case points here. ${source.label}: ${lowerFirst(source.explanation)}`;
}

/** The source question, or undefined when the findings point nowhere or two sources tie for first. */
export function sourceQuestion(context: QuizContext): QuizQuestion | undefined {
  const ranked = context.result.likelySources;
  const top = ranked[0];
  // With possible serious pathology there is no musculoskeletal source to guess at: asking for one
  // would teach anchoring on a benign label when a doctor must first rule out infection or cancer.
  if (!top || top.id === 'serious-pathology' || topSources(ranked).length > 1) return undefined;
  const others = SOURCE_IDS.filter((id) => id !== top.id && id !== 'serious-pathology');
  const rankedOthers = ranked.slice(1).map((r) => r.id);
  const restOthers = seededShuffle(others.filter((id) => !rankedOthers.includes(id)), `${context.caseId}/source-distractors`);
  const chosen = [top.id, ...rankedOthers, ...restOthers].slice(0, OPTION_COUNT);
  const options: QuizOption[] = seededShuffle(chosen, `${context.caseId}/source`).map((id) => ({
    id,
    text: getSource(id).label,
    correct: id === top.id,
    feedback: feedbackFor(id, top, ranked, context.findings),
  }));
  const next = ranked[1];
  const runnerUp = next ? ` Next comes ${lowerFirst(next.label)} (${labels(next.clues)}).` : '';
  return {
    id: questionId(context.caseId, 'source'),
    caseId: context.caseId,
    kind: 'source',
    prompt: 'Which source are this client’s symptoms most consistent with?',
    multiple: false,
    options,
    explanation:
      `The likely source is the one the findings support most: here ${lowerFirst(top.label)} (${labels(top.clues)}).${runnerUp} ` +
      'This is the pattern the findings are most consistent with, not a diagnosis.',
    lesson: top.lesson,
  };
}
