/**
 * The dermatome data: every root's facts, the map's shapes, the gluteus minimus referral zones and
 * the find-it questions. Pure data and rules, no UI: the map, the text table, the lessons and the
 * case quizzes import from here so each fact exists once. (The map's browser code imports the
 * geometry and rule modules directly, so the facts text stays out of its bundle.)
 */
export { ROOT_IDS, VIEW_IDS, isRootId, rootLabel, type RootId, type Side, type ViewId, type XY } from './types.ts';
export { ROOTS, SCIATIC_ROOTS, rootById, rootForKeyPoint, type RootFacts, type KeyMuscle, type KeyPoint, type Reflex, type SciaticPart } from './roots.ts';
export { LESSON_LINKS } from './lesson-links.ts';
export { MAP_SOURCES, type MapSource } from './sources.ts';
export { REFERRAL_PATTERNS, REFERRAL_VS_ROOT, type ReferralPattern } from './gluteus-minimus.ts';
export { FIND_IT_QUESTIONS } from './questions.ts';
export { questionDeck, isCorrect, addToScore, type FindItQuestion, type QuestionKind, type Score } from './deck.ts';
export { MAP_REGIONS, KEY_POINTS, regionsInView, type MapRegion, type MapKeyPoint, type MapLabel } from './geometry/regions.ts';
export { REFERRAL_ZONES, MUSCLE_OUTLINE, type FibreGroup } from './geometry/referral.ts';
export { SILHOUETTES, detailPath } from './geometry/outline.ts';
export { VIEW_SIZE, MIDLINE_X } from './geometry/frame.ts';
export { sketchCoverage, SOFT_EDGE, type Probe, type Stroke, type SketchCoverage } from './coverage.ts';
export { polygonProbe } from './geometry/probe.ts';
export { parseRootHash, rootHash } from './hash.ts';
