import { FINDING_IDS, type FindingId } from './findings.ts';
import { SOURCE_IDS, type SourceId } from './sources.ts';

/**
 * How much each finding supports (positive) or counts against (negative) each likely source.
 * A source's score is the sum over the case's findings. The scale is small on purpose: 1 is a
 * generic hint, 3 a typical sign, 4-5 the finding that best singles a source out. Findings not
 * listed say nothing about the musculoskeletal sources (worsening and severe pain change the
 * urgency, not the likely source).
 */
export const SOURCE_WEIGHTS: Readonly<Partial<Record<FindingId, Readonly<Partial<Record<SourceId, number>>>>>> = {
  // The cauda equina picture is many nerve roots compressed at once, so every emergency sign
  // points to the roots more strongly than any single root clue.
  'saddle-anesthesia': { 'nerve-root': 5 },
  'bladder-bowel-change': { 'nerve-root': 5 },
  'bilateral-leg-symptoms': { 'nerve-root': 5 },
  'groin-genital-symptoms': { 'nerve-root': 5 },
  'rectal-sensation-loss': { 'nerve-root': 5 },
  // Alone, GIRFT finds it unlikely to be cauda equina: a faint hint only.
  'sexual-dysfunction': { 'nerve-root': 1 },

  // Whole-body and history flags: the serious-pathology source's clues. It is listed only when a
  // systemic flag is present (SYSTEMIC_FLAGS in rank-sources.ts); the others add to its case.
  fever: { 'serious-pathology': 3 },
  'feeling-unwell': { 'serious-pathology': 3 },
  'unexplained-weight-loss': { 'serious-pathology': 3 },
  'history-of-cancer': { 'serious-pathology': 4 },
  'significant-trauma': { 'serious-pathology': 3 },
  'pulsatile-abdominal-mass': { 'serious-pathology': 5 },
  'widespread-neurology': { 'serious-pathology': 3 },
  'recent-infection': { 'serious-pathology': 2 },
  immunosuppression: { 'serious-pathology': 2 },
  'iv-drug-use': { 'serious-pathology': 2 },
  'recent-spinal-procedure': { 'serious-pathology': 2 },
  osteoporosis: { 'serious-pathology': 1 },
  'thoracic-pain': { 'serious-pathology': 1 },
  'night-pain': { 'serious-pathology': 1 },
  // A first episode after 50 is a risk factor for serious causes, and the age of stenosis.
  'age-over-50-new-pain': { 'serious-pathology': 1, stenosis: 1 },

  // Objective neurological signs show a nerve that is not conducting: typical of root compression,
  // and the very thing trigger-point referral lacks, so each counts against it.
  'muscle-weakness': { 'nerve-root': 3, 'trigger-point-referral': -3 },
  'severe-weakness': { 'nerve-root': 3, 'trigger-point-referral': -3 },
  'foot-drop': { 'nerve-root': 3, 'trigger-point-referral': -3 },
  'progressive-neuro-deficit': { 'nerve-root': 3, 'trigger-point-referral': -3 },
  'sensory-change': { 'nerve-root': 3, 'trigger-point-referral': -3 },
  'reflex-change': { 'nerve-root': 3, 'trigger-point-referral': -3 },
  'persistent-numbness': { 'nerve-root': 3, 'trigger-point-referral': -3 },

  // Sciatic-type pain and reported tingling come from nearly every source; they lean a little
  // towards the two compressive sources and decide nothing on their own.
  'radiating-leg-pain': { 'nerve-root': 1, piriformis: 1 },
  'leg-tingling-or-numbness': { 'nerve-root': 1, piriformis: 1 },

  // A dermatomal pattern is a root sign, though dermatome maps vary between people.
  'dermatomal-pattern': { 'nerve-root': 3 },
  // The straight leg raise is sensitive for an irritated root but not specific (Deville 2000);
  // it also stretches a tethered nerve, so it leans slightly towards neural tension.
  'slr-positive': { 'nerve-root': 3, 'neural-tension': 1 },
  // Flexion and raised abdominal pressure load an irritated root (a history clue); flexion eases
  // stenosis instead, so the same history counts against it.
  'worse-with-sitting-bending-coughing': { 'nerve-root': 2, stenosis: -2 },
  // Many herniations cause no symptoms, so a known one supports the root only moderately.
  'known-disc-herniation': { 'nerve-root': 2 },

  // The stenosis picture: symptoms on standing and walking that sitting or bending forward ease,
  // often in both legs and long-standing.
  'eased-by-sitting-or-bending-forward': { stenosis: 4 },
  'stable-bilateral-leg-symptoms': { stenosis: 3 },

  // Where the symptoms sit and what led to them: the piriformis pattern's contributing factors.
  'deep-buttock-pain': { piriformis: 3 },
  'prolonged-sitting': { piriformis: 2 },
  'buttock-trauma': { piriformis: 2 },

  // Reproducing the familiar pain by pressing the hip abductors is the finding that most
  // separates trigger-point referral from nerve irritation.
  'hip-abductor-pressure-reproduces-pain': { 'trigger-point-referral': 5 },

  // One finding each singles out the remaining mechanisms in the clinical column. Degenerative
  // scoliosis also narrows the canal, a small lean towards stenosis.
  'prior-hamstring-strain': { 'neural-tension': 4 },
  'iliolumbar-sprain': { 'ligament-inflammation': 4 },
  'known-spondylolisthesis': { 'spinal-instability': 4 },
  'scoliosis-or-instability': { 'spinal-instability': 4, stenosis: 1 },
};

/**
 * The sources a finding supports, most strongly first (ties in SOURCES order): what the quizzes
 * name when a finding in the story "points elsewhere".
 */
export function sourcesFor(finding: FindingId): SourceId[] {
  const weights = SOURCE_WEIGHTS[finding] ?? {};
  return SOURCE_IDS.filter((source) => (weights[source] ?? 0) > 0).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0));
}

/** The findings that count against a source, in vocabulary order (the neurological signs against trigger-point referral). */
export function findingsAgainst(source: SourceId): FindingId[] {
  return FINDING_IDS.filter((finding) => (SOURCE_WEIGHTS[finding]?.[source] ?? 0) < 0);
}
