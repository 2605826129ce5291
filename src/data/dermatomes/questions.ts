/**
 * Find-it questions, generated from the root facts so a question can never disagree with the panel:
 * "Select the S1 dermatome", "Which root supplies the inner ankle bone?", and questions on key
 * muscles, reflexes and disc levels. A seeded shuffle makes a deck repeatable in tests.
 */
import { ROOTS, type RootFacts } from './roots.ts';
import { rootLabel, type RootId } from './types.ts';

export type QuestionKind = 'zone' | 'key-point' | 'skin' | 'muscle' | 'reflex' | 'disc';

export interface FindItQuestion {
  /** Stable id, e.g. "key-point-L4". */
  id: string;
  kind: QuestionKind;
  prompt: string;
  answer: RootId;
  /** 'map': answer by selecting a zone on the map; 'root': by naming a root (or selecting its zone). */
  answerBy: 'map' | 'root';
  /** Shown after answering, whatever the answer. */
  explain: string;
}

function questionsFor(root: RootFacts): FindItQuestion[] {
  const name = rootLabel(root.id);
  const base = { answer: root.id };
  const out: FindItQuestion[] = [
    { ...base, id: `zone-${root.id}`, kind: 'zone', answerBy: 'map', prompt: `Select the ${name} dermatome on the map.`, explain: `${name}: ${root.skin}` },
    {
      ...base, id: `key-point-${root.id}`, kind: 'key-point', answerBy: 'root',
      prompt: `Which root’s key sensory point is ${root.keyPoint.name}?`,
      explain: `${name}. ${root.keyPoint.detail}`,
    },
    {
      ...base, id: `skin-${root.id}`, kind: 'skin', answerBy: 'root',
      prompt: `Which root usually supplies ${root.skinPhrase}?`,
      explain: `${name}: ${root.skin} Zones vary between people and overlap.`,
    },
  ];
  if (root.keyMuscle) {
    out.push({
      ...base, id: `muscle-${root.id}`, kind: 'muscle', answerBy: 'root',
      prompt: `The ${root.keyMuscle.group.toLowerCase()} are the key muscle group of which root?`,
      explain: `${name}. ${root.keyMuscle.test}`,
    });
  }
  // Only reflexes that belong mainly to one root make fair questions.
  if (root.id === 'L4' || root.id === 'S1') {
    out.push({
      ...base, id: `reflex-${root.id}`, kind: 'reflex', answerBy: 'root',
      prompt: `The ${root.reflex!.name.toLowerCase()} reflex mainly tests which root?`,
      explain: `${name}. ${root.reflex!.note}`,
    });
  }
  if (root.id === 'L4' || root.id === 'L5' || root.id === 'S1') {
    out.push({
      ...base, id: `disc-${root.id}`, kind: 'disc', answerBy: 'root',
      prompt: `A usual (posterolateral) ${root.disc.level} disc herniation presses on which root?`,
      explain: `${name}. ${root.disc.text} A far-lateral herniation presses on the root above instead.`,
    });
  }
  return out;
}

/** Every question the facts support. */
export const FIND_IT_QUESTIONS: readonly FindItQuestion[] = ROOTS.flatMap(questionsFor);

/** A small seeded random generator (mulberry32): the same seed gives the same deck. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** All questions in a shuffled order, never the same root twice in a row. */
export function questionDeck(seed: number, questions: readonly FindItQuestion[] = FIND_IT_QUESTIONS): FindItQuestion[] {
  const random = seededRandom(seed);
  const deck = [...questions];
  for (let i = deck.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [deck[i], deck[j]] = [deck[j]!, deck[i]!];
  }
  // Spread out repeats of a root: swap a repeat with the next question on a different root.
  for (let i = 1; i < deck.length; i++) {
    if (deck[i]!.answer !== deck[i - 1]!.answer) continue;
    const k = deck.findIndex((q, idx) => idx > i && q.answer !== deck[i - 1]!.answer);
    if (k > 0) [deck[i], deck[k]] = [deck[k]!, deck[i]!];
  }
  return deck;
}

/** True when the chosen root answers the question. */
export function isCorrect(question: FindItQuestion, chosen: RootId): boolean {
  return question.answer === chosen;
}

export interface Score { right: number; asked: number }

export function addToScore(score: Score, correct: boolean): Score {
  return { right: score.right + (correct ? 1 : 0), asked: score.asked + 1 };
}
