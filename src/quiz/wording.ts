/**
 * Sentence helpers for quiz feedback. The phrasing helpers live once in the rules module (the
 * checker and the advice use them too); this file keeps the quiz's own names for them.
 */
export { joinPhrases as joinList, lowerFirst, upperFirst } from '../rules/index.ts';
