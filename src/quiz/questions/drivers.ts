import { FINDINGS, REFER_AFTER_SESSIONS, getFinding, getSource, levelInCase, noImprovementPhrase, sourcesFor, upperFirst, type FindingId, type SourceId } from '../../rules/index.ts';
import { seededShuffle } from '../../lib/seeded.ts';
import type { QuizOption, QuizQuestion } from '../types.ts';
import { joinList, lowerFirst } from '../wording.ts';
import { questionId, type QuizContext } from './context.ts';
import { decidingItems, decidingRules, levelWithTime } from './deciding.ts';
import { topSources } from './source.ts';

/*
 * "Which findings drive the decision?" (several right answers). With a red flag, the right options
 * are the findings named in the rules that decide the urgency (and the session count when the
 * session rule refers); with none, the clues behind the most likely source. Distractors come first
 * from the case's own other findings (present but not deciding: the instructive mistake), then from
 * vocabulary findings the story does not show, each pick fixed by the case id.
 */

/** The option standing for the session count: not a finding id, but it can decide a referral. */
export const SESSIONS_OPTION_ID = 'sessions-without-improvement';

type Mode = 'urgency' | 'source';

function label(id: FindingId): string {
  return lowerFirst(getFinding(id).label);
}

function sessionsText(sessions: number): string {
  return upperFirst(noImprovementPhrase(sessions));
}

/** How many options to add beside the right ones: the question stays between 5 and 7 options. */
function distractorCount(rights: number): number {
  return Math.min(4, Math.max(2, 6 - rights));
}

function rightFeedback(id: string, mode: Mode, context: QuizContext, topLabel: string): string {
  if (id === SESSIONS_OPTION_ID) {
    const rule = context.result.rules.find((r) => r.id === 'refer-no-improvement');
    return `Right. ${rule?.message ?? ''}`.trim();
  }
  const finding = getFinding(id as FindingId);
  if (mode === 'source') return `Right. It points to ${topLabel}. ${finding.explanation}`;
  const { level, raisedBy } = levelInCase(finding.id, context.findings);
  if (level === 'clue') {
    // A clue decides only through the session rule (unchanged measures after 3 sessions).
    const sessions = context.sessions ?? 0;
    return `Right. Together with ${noImprovementPhrase(sessions)}, this puts the case at ${levelWithTime(context.result.urgency)}. ${finding.explanation}`;
  }
  const how = raisedBy.length > 0 ? `Together with ${joinList(raisedBy.map(label))}` : 'On its own';
  return `Right. ${how}, this puts the case at ${levelWithTime(level)}. ${finding.explanation}`;
}

function wrongFeedback(id: string, mode: Mode, context: QuizContext, topLabel: string): string {
  const { result, sessions = 0, findings } = context;
  if (id === SESSIONS_OPTION_ID) {
    if (mode === 'source') return 'In the story, but the session count decides when to review the plan or refer, not where the symptoms come from.';
    if (result.rules.some((r) => r.id === 'refer-no-improvement')) return 'In the story, and enough to refer on its own, but more urgent signs outrank it and decide this case.';
    return `In the story, but ${noImprovementPhrase(sessions)} is not enough to refer: the session rule refers after ${REFER_AFTER_SESSIONS}, or sooner when range of motion and pain scores are unchanged at the re-check.`;
  }
  const finding = getFinding(id as FindingId);
  if (!findings.includes(finding.id)) {
    // Labels are noun phrases and clauses alike ("over 50 with a first episode of back pain"), so
    // the option's own text, shown beside this feedback, names the finding rather than a sentence.
    if (mode === 'urgency' && finding.level !== 'clue') return `Not in this story: nothing in it shows this. On its own it would put a case at ${levelWithTime(finding.level)}.`;
    return 'Not in this story: nothing in it shows this.';
  }
  if (mode === 'urgency') {
    const { level, raisedBy } = levelInCase(finding.id, findings);
    if (level !== 'clue') {
      const how = raisedBy.length > 0 ? `together with ${joinList(raisedBy.map(label))}` : 'on its own';
      return `In the story, and ${how} it would put the case at ${levelWithTime(level)}, but more urgent signs outrank it and decide this case.`;
    }
    if (finding.id === 'objective-measures-unchanged') return 'In the story, but it matters only through the session rule, which is not what decides this case.';
    return 'In the story, but it is a clue to where the symptoms come from: clues never change the urgency.';
  }
  const other = sourcesFor(finding.id)[0];
  if (other) return `In the story, but it points to ${lowerFirst(getSource(other).label)} rather than ${topLabel}.`;
  return 'In the story, but it changes how you treat (a precaution), not where the symptoms come from.';
}

/** Vocabulary findings the story does not show that a student might wrongly pick, for this kind of case. */
function absentCandidates(mode: Mode, context: QuizContext, topIds: readonly SourceId[]): FindingId[] {
  const absent = FINDINGS.filter((f) => !context.findings.includes(f.id));
  if (mode === 'urgency') return absent.filter((f) => f.level !== 'clue').map((f) => f.id);
  return absent
    .filter((f) => f.level === 'refer' || (f.level === 'clue' && !sourcesFor(f.id).some((s) => topIds.includes(s))))
    .map((f) => f.id);
}

export function driversQuestion(context: QuizContext): QuizQuestion | undefined {
  const { result, caseId, findings, sessions } = context;
  const deciding = decidingRules(result);
  const tops = topSources(result.likelySources);
  const mode: Mode = deciding.length > 0 ? 'urgency' : 'source';
  const rights: string[] =
    mode === 'urgency'
      ? [...new Set(deciding.flatMap((rule) => [...rule.because.findings, ...(rule.because.sessionsWithoutImprovement !== undefined ? [SESSIONS_OPTION_ID] : [])]))]
      : findings.filter((f) => tops.some((t) => t.clues.includes(f)));
  if (rights.length === 0) return undefined;

  const need = distractorCount(rights.length);
  const inCase: string[] = [...findings.filter((f) => !rights.includes(f)), ...(sessions && !rights.includes(SESSIONS_OPTION_ID) ? [SESSIONS_OPTION_ID] : [])];
  const absent = absentCandidates(mode, context, tops.map((t) => t.id));
  const fromCase = seededShuffle(inCase, `${caseId}/drivers-case`).slice(0, absent.length > 0 ? need - 1 : need);
  const fromVocabulary = seededShuffle(absent, `${caseId}/drivers-vocabulary`).slice(0, need - fromCase.length);

  const topLabel = joinList(tops.map((t) => lowerFirst(t.label)));
  const options: QuizOption[] = seededShuffle([...rights, ...fromCase, ...fromVocabulary], `${caseId}/drivers`).map((id) => {
    const correct = rights.includes(id);
    return {
      id,
      text: id === SESSIONS_OPTION_ID ? sessionsText(sessions ?? 0) : getFinding(id as FindingId).label,
      correct,
      feedback: correct ? rightFeedback(id, mode, context, topLabel) : wrongFeedback(id, mode, context, topLabel),
    };
  });

  const items = decidingItems(result);
  const explanation =
    mode === 'source'
      ? `With no red flag, what matters is where the symptoms most likely come from. The clues that point to ${topLabel}: ${joinList(rights.map((id) => label(id as FindingId)))}.`
      : `${upperFirst(joinList(items))} ${items.length > 1 ? 'put' : 'puts'} the case at ${levelWithTime(result.urgency)}: the most urgent level any finding reaches decides. Clues shape the likely source, never the urgency.`;

  return {
    id: questionId(caseId, 'drivers'),
    caseId,
    kind: 'drivers',
    prompt:
      mode === 'urgency'
        ? 'Which findings decide how urgent this case is? Tick every finding that puts the case at its level, on its own or together with another finding in the story.'
        : 'There is no red flag here, so the decision is about where the symptoms come from. Which findings point to the most likely source?',
    multiple: true,
    options,
    explanation,
    lesson: mode === 'source' ? tops[0]!.lesson : deciding[0]!.lesson,
  };
}
