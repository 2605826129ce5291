import { ROOT_IDS, rootById, rootLabel, type RootId } from '../../data/dermatomes/index.ts';
import { hashSeed } from '../../lib/seeded.ts';
import type { QuizOption, QuizQuestion } from '../types.ts';
import { questionId, type QuizContext } from './context.ts';

/*
 * "Which root's dermatome best matches where this client feels it?" The key is the root the case
 * names (content/cases: anatomy.root); every option's wording comes from the dermatome data module,
 * the same facts the dermatome map, its table and the lessons show. Options are the key's
 * neighbouring roots, the ones a student actually confuses, listed top to bottom as on a chart.
 */

const OPTION_COUNT = 4;

/** The key and its nearest neighbours on the chart; a tie in distance is settled by the case id. */
function nearbyRoots(key: RootId, seed: string): RootId[] {
  const at = ROOT_IDS.indexOf(key);
  const lowerFirstOnTie = hashSeed(seed) % 2 === 0;
  const others = ROOT_IDS.filter((id) => id !== key).sort((a, b) => {
    const da = Math.abs(ROOT_IDS.indexOf(a) - at);
    const db = Math.abs(ROOT_IDS.indexOf(b) - at);
    if (da !== db) return da - db;
    return (ROOT_IDS.indexOf(a) - ROOT_IDS.indexOf(b)) * (lowerFirstOnTie ? -1 : 1);
  });
  const chosen = new Set([key, ...others.slice(0, OPTION_COUNT - 1)]);
  return ROOT_IDS.filter((id) => chosen.has(id));
}

function describeRoot(id: RootId): string {
  const root = rootById(id);
  return `${rootLabel(id)}: ${root.skin} Its key sensory point is ${root.keyPoint.name}.`;
}

export function anatomyQuestion(context: QuizContext): QuizQuestion | undefined {
  const key = context.anatomyRoot;
  if (!key) return undefined;
  const root = rootById(key);
  const options: QuizOption[] = nearbyRoots(key, context.caseId).map((id) => ({
    id,
    text: rootLabel(id),
    correct: id === key,
    feedback: `${id === key ? 'Right.' : 'Not the best match.'} ${describeRoot(id)}`,
  }));
  return {
    id: questionId(context.caseId, 'anatomy'),
    caseId: context.caseId,
    kind: 'anatomy',
    prompt: 'Which root’s dermatome best matches where this client feels it?',
    multiple: false,
    options,
    explanation:
      `Where this client feels it, ${root.skinPhrase}, is the ${rootLabel(key)} dermatome; its key sensory point is ${root.keyPoint.name}. ` +
      'Dermatome maps vary between people and neighbouring zones overlap, so the pattern suggests a root; it does not prove one.',
    lesson: root.lessons[0]?.href ?? '/lessons/nerve-root-problems/#dermatomes',
  };
}
