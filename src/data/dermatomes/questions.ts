/**
 * Find-it questions, generated from the root facts so a question can never disagree with the panel:
 * "Select the S1 dermatome", "Which root supplies the inner ankle bone?", and questions on key
 * muscles, reflexes and disc levels. The map gets them as data from the page (deck.ts shuffles).
 */
import { ROOTS, type RootFacts } from './roots.ts';
import { rootLabel } from './types.ts';
import type { FindItQuestion } from './deck.ts';

function questionsFor(root: RootFacts): FindItQuestion[] {
  const name = rootLabel(root.id);
  const base = { answer: root.id };
  const out: FindItQuestion[] = [
    { ...base, id: `zone-${root.id}`, kind: 'zone', answerBy: 'map', prompt: `Select the ${name} dermatome on the map.`, explain: root.skin },
    {
      ...base, id: `key-point-${root.id}`, kind: 'key-point', answerBy: 'root',
      prompt: `Which root’s key sensory point is ${root.keyPoint.name}?`,
      explain: root.keyPoint.detail,
    },
    {
      ...base, id: `skin-${root.id}`, kind: 'skin', answerBy: 'root',
      prompt: `Which root usually supplies ${root.skinPhrase}?`,
      explain: `${root.skin} Zones vary between people and overlap.`,
    },
  ];
  if (root.keyMuscle) {
    out.push({
      ...base, id: `muscle-${root.id}`, kind: 'muscle', answerBy: 'root',
      prompt: `The ${root.keyMuscle.group.toLowerCase()} are the key muscle group of which root?`,
      explain: `How it is tested: ${root.keyMuscle.test}`,
    });
  }
  // Only classic reflexes make fair questions. The knee jerk runs through L3 and L4 and textbooks
  // differ on which carries more, so either root is marked right; the medial hamstring reflex for
  // L5 is less established and is not asked at all.
  if (root.id === 'L4' || root.id === 'S1') {
    const shared = ROOTS.filter((r) => r.id !== root.id && r.reflex?.name === root.reflex!.name).map((r) => r.id);
    out.push({
      ...base, id: `reflex-${root.id}`, kind: 'reflex', answerBy: 'root',
      ...(shared.length > 0 ? { alsoAccepted: shared } : {}),
      prompt: shared.length > 0
        ? `The ${root.reflex!.name.toLowerCase()} reflex tests which root? (Either of its roots counts.)`
        : `The ${root.reflex!.name.toLowerCase()} reflex mainly tests which root?`,
      explain: shared.length > 0
        ? `It runs through ${[root.id, ...shared].sort().map(rootLabel).join(' and ')}. ${root.reflex!.note}`
        : root.reflex!.note,
    });
  }
  if (root.id === 'L4' || root.id === 'L5' || root.id === 'S1') {
    out.push({
      ...base, id: `disc-${root.id}`, kind: 'disc', answerBy: 'root',
      prompt: `A usual (posterolateral) ${root.disc.level} disc herniation presses on which root?`,
      explain: `${root.disc.text} A far-lateral herniation presses on the root above instead.`,
    });
  }
  return out;
}

/** Every question the facts support. */
export const FIND_IT_QUESTIONS: readonly FindItQuestion[] = ROOTS.flatMap(questionsFor);
