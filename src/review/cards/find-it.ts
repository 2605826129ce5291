import { lessonGroup, type ReviewCard } from '../card.ts';
import type { FindItQuestion } from '../../data/dermatomes/deck.ts';
import { rootHash } from '../../data/dermatomes/hash.ts';
import { rootLabel } from '../../data/dermatomes/types.ts';

/** The lesson that teaches dermatomes, key points, reflexes and disc levels: find-it cards join it. */
export const FIND_IT_LESSON = 'nerve-root-problems';

/**
 * One card per find-it question. A map question ("Select the S1 dermatome on the map") cannot be
 * answered by clicking a card, so it asks the learner to picture the zone and links to the map.
 */
export function findItCard(question: FindItQuestion): ReviewCard {
  const root = rootLabel(question.answer);
  const prompt = question.answerBy === 'map' ? `Picture the map: where is the ${root} dermatome?` : question.prompt;
  return {
    id: `find-it:${question.id}`,
    kind: 'find-it',
    group: lessonGroup(FIND_IT_LESSON),
    prompt,
    answer: question.answerBy === 'map' ? `${root}: ${question.explain}` : root,
    ...(question.answerBy === 'map' ? {} : { explanation: question.explain }),
    href: `/dermatomes/${rootHash(question.answer)}`,
  };
}
