/**
 * Every root's facts, written once: the map's panel, the text table, the find-it questions, the case
 * quizzes and the lessons (through src/components/user/) all read them from here. Sources are files
 * in content/references/. Skin areas are textbook, after the maps named in sources.ts (they vary
 * between people); key sensory points and key muscles follow ISNCSCI (isncsci-2019); the medial
 * hamstring reflex for L5 is less established (jensen-1987, esene-2012); the disc rule is textbook
 * and holds for the usual posterolateral herniation.
 */
import type { RootId } from './types.ts';
import type { LabelledLessonLink } from '../../rules/index.ts';
import { LESSON_LINKS } from './lesson-links.ts';

export interface KeyPoint {
  /** Plain name, used in questions: "the inner ankle bone (medial malleolus)". */
  name: string;
  /** Where exactly an examiner touches. */
  detail: string;
}

export interface KeyMuscle {
  /** ISNCSCI key muscle group. */
  group: string;
  /** The muscle that does most of the work. */
  example: string;
  /** How an examiner tests it, in plain words. */
  test: string;
}

export interface Reflex {
  name: string;
  note: string;
  /** A few words for a table cell ("shared with L4; texts differ"). */
  short: string;
  /** False where the evidence for the link is thinner than for the classic reflexes. */
  established: boolean;
}

export interface DiscLevel {
  /** The disc whose usual (posterolateral) herniation presses on this root, or null for none. */
  level: string | null;
  text: string;
}

/** The root's share of the sciatic nerve (roots L4–S3): both divisions, the tibial only, or none. */
export type SciaticPart = 'both' | 'tibial' | 'none';

export interface RootFacts {
  id: RootId;
  /** The skin area in plain words, for the panel and the table. */
  skin: string;
  /** The same area as a phrase that fits "Which root supplies …?". */
  skinPhrase: string;
  keyPoint: KeyPoint;
  keyMuscle: KeyMuscle | null;
  reflex: Reflex | null;
  disc: DiscLevel;
  sciatic: { part: SciaticPart; text: string };
  /** A red-flag note when loss in this zone can signal an emergency. */
  redFlag?: string;
  lessons: readonly LabelledLessonLink[];
}

const CAUDA_EQUINA_DISC: DiscLevel = {
  level: null,
  text: 'No single disc. The sacral roots run together in the cauda equina, so a large central herniation at a lower lumbar level can squeeze several of them at once.',
};
const SADDLE_FLAG =
  'New numbness in the saddle area (around the anus, perineum or genitals), with or without bladder or bowel changes, can mean cauda equina syndrome: same-day emergency referral.';

export const ROOTS: readonly RootFacts[] = [
  {
    id: 'L1',
    skin: 'The groin and the top of the front of the thigh.',
    skinPhrase: 'the groin and the top of the front of the thigh',
    keyPoint: {
      name: 'the upper front of the thigh, just below the groin crease',
      detail: 'Halfway between the middle of the inguinal ligament (the T12 point) and the L2 point.',
    },
    keyMuscle: null,
    reflex: null,
    disc: { level: null, text: 'Rarely pressed by a disc: herniations this high are uncommon.' },
    sciatic: { part: 'none', text: 'Not part of the sciatic nerve; it runs in the nerves of the groin.' },
    lessons: [LESSON_LINKS.dermatomes],
  },
  {
    id: 'L2',
    skin: 'The front and middle of the thigh, in a band running down and inwards.',
    skinPhrase: 'the front and middle of the thigh',
    keyPoint: {
      name: 'the middle of the front of the thigh',
      detail: 'Halfway along a line from the middle of the inguinal ligament to the inner bump of the thigh bone at the knee.',
    },
    keyMuscle: { group: 'Hip flexors', example: 'iliopsoas', test: 'Lying on the back, the person lifts the thigh towards the chest against the examiner’s hand.' },
    reflex: null,
    disc: { level: 'L1/2', text: 'An L1/2 herniation (uncommon).' },
    sciatic: { part: 'none', text: 'Not part of the sciatic nerve; its fibres run mainly in the femoral and obturator nerves.' },
    lessons: [LESSON_LINKS.dermatomes, LESSON_LINKS.neurologicalSigns],
  },
  {
    id: 'L3',
    skin: 'The lower inner thigh and the knee.',
    skinPhrase: 'the lower inner thigh and the knee',
    keyPoint: {
      name: 'the inner side of the knee (medial femoral condyle)',
      detail: 'On the inner bump of the thigh bone, just above the knee joint line.',
    },
    keyMuscle: { group: 'Knee extensors', example: 'quadriceps', test: 'Straightening the knee against resistance.' },
    reflex: { name: 'Patellar (knee jerk)', note: 'Shared with L4. Textbooks differ on which of the two carries more of it.', short: 'shared with L4; textbooks differ on which carries more', established: true },
    disc: { level: 'L2/3', text: 'An L2/3 herniation (uncommon); a far-lateral L3/4 herniation can also catch it.' },
    sciatic: { part: 'none', text: 'Not part of the sciatic nerve; its fibres run mainly in the femoral and obturator nerves.' },
    lessons: [LESSON_LINKS.dermatomes, LESSON_LINKS.neurologicalSigns],
  },
  {
    id: 'L4',
    skin: 'The inner side of the shin down to the inner ankle; some maps carry it onto the inner edge of the foot.',
    skinPhrase: 'the inner side of the shin down to the inner ankle',
    keyPoint: { name: 'the inner ankle bone (medial malleolus)', detail: 'On the bony bump on the inner side of the ankle.' },
    keyMuscle: {
      group: 'Ankle dorsiflexors',
      example: 'tibialis anterior',
      test: 'Pulling the foot up towards the shin against resistance; walking on the heels is a rough screen.',
    },
    reflex: { name: 'Patellar (knee jerk)', note: 'Shared with L3. Some textbooks give it mainly to L4, others to L3 and L4 equally.', short: 'shared with L3; textbooks differ on which carries more', established: true },
    disc: { level: 'L3/4', text: 'An L3/4 herniation; a far-lateral L4/5 herniation can also catch it.' },
    sciatic: {
      part: 'both',
      text: 'A sciatic root (the nerve takes L4 to S3): it feeds both the tibial and the common fibular part. Part of L4 also runs in the femoral nerve.',
    },
    lessons: [LESSON_LINKS.dermatomes, LESSON_LINKS.neurologicalSigns, LESSON_LINKS.discHerniation, LESSON_LINKS.sciaticRoots],
  },
  {
    id: 'L5',
    skin: 'The outer side of the shin, the top of the foot and the big toe.',
    skinPhrase: 'the outer side of the shin, the top of the foot and the big toe',
    keyPoint: {
      name: 'the top of the foot at the third toe joint',
      detail: 'On the back (top) of the foot over the third metatarsophalangeal joint.',
    },
    keyMuscle: { group: 'Long toe extensors', example: 'extensor hallucis longus', test: 'Lifting the big toe up against resistance.' },
    reflex: {
      name: 'Medial hamstring',
      note: 'Less established than the classic reflexes: two clinical studies of surgical patients support it as a sign of an L5 root problem (Jensen 1987; Esene 2012).',
      short: 'less established',
      established: false,
    },
    disc: { level: 'L4/5', text: 'An L4/5 herniation, one of the two commonest levels; a far-lateral L5/S1 herniation can also catch it.' },
    sciatic: { part: 'both', text: 'A sciatic root: it feeds both the tibial and the common fibular part.' },
    lessons: [LESSON_LINKS.dermatomes, LESSON_LINKS.neurologicalSigns, LESSON_LINKS.discHerniation, LESSON_LINKS.sciaticRoots, LESSON_LINKS.triggerPointOrRoot],
  },
  {
    id: 'S1',
    skin: 'The outer edge of the foot, the heel and the sole.',
    skinPhrase: 'the outer edge of the foot, the heel and the sole',
    keyPoint: { name: 'the outer side of the heel', detail: 'On the outer (lateral) side of the heel bone (calcaneus).' },
    keyMuscle: {
      group: 'Ankle plantar flexors',
      example: 'gastrocnemius and soleus',
      test: 'Pushing the foot down against resistance; repeated rises onto the toes of one foot are a rough screen.',
    },
    reflex: { name: 'Achilles (ankle jerk)', note: 'The classic S1 reflex.', short: 'the classic reflex of this root', established: true },
    disc: { level: 'L5/S1', text: 'An L5/S1 herniation, the other of the two commonest levels.' },
    sciatic: { part: 'both', text: 'A sciatic root: it feeds both the tibial and the common fibular part.' },
    lessons: [LESSON_LINKS.dermatomes, LESSON_LINKS.neurologicalSigns, LESSON_LINKS.discHerniation, LESSON_LINKS.sciaticRoots, LESSON_LINKS.triggerPointOrRoot],
  },
  {
    id: 'S2',
    skin: 'A strip down the back of the thigh and the calf.',
    skinPhrase: 'a strip down the back of the thigh and the calf',
    keyPoint: { name: 'the back of the knee, in the middle (popliteal fossa)', detail: 'In the midline of the hollow behind the knee.' },
    keyMuscle: null,
    reflex: null,
    disc: CAUDA_EQUINA_DISC,
    sciatic: { part: 'both', text: 'A sciatic root: it feeds both parts (the common fibular part takes L4 to S2).' },
    redFlag: SADDLE_FLAG,
    lessons: [LESSON_LINKS.dermatomes, LESSON_LINKS.sciaticDivisions, LESSON_LINKS.caudaEquina],
  },
  {
    id: 'S3',
    skin: 'The inner buttock, in a ring around the S4–5 area.',
    skinPhrase: 'the inner buttock, in a wider ring outside the skin next to the anus',
    keyPoint: { name: 'the sitting bone (ischial tuberosity)', detail: 'Over the ischial tuberosity, low in the buttock.' },
    keyMuscle: null,
    reflex: null,
    disc: CAUDA_EQUINA_DISC,
    sciatic: { part: 'tibial', text: 'The lowest sciatic root: it feeds the tibial part only (the common fibular part stops at S2).' },
    redFlag: SADDLE_FLAG,
    lessons: [LESSON_LINKS.dermatomes, LESSON_LINKS.sciaticDivisions, LESSON_LINKS.caudaEquina],
  },
  {
    id: 'S4-5',
    skin: 'The skin around the anus: the centre of the “saddle” area.',
    skinPhrase: 'the skin immediately next to the anus, at the centre of the saddle',
    keyPoint: { name: 'the skin next to the anus', detail: 'Less than 1 cm to the side of the junction between skin and the lining of the anus.' },
    keyMuscle: null,
    reflex: null,
    disc: CAUDA_EQUINA_DISC,
    sciatic: { part: 'none', text: 'Not part of the sciatic nerve; these roots serve the pelvic floor and the skin around the anus.' },
    redFlag: SADDLE_FLAG,
    lessons: [LESSON_LINKS.dermatomes, LESSON_LINKS.caudaEquina],
  },
];

const BY_ID = new Map(ROOTS.map((root) => [root.id, root]));

/** The facts of one root. */
export function rootById(id: RootId): RootFacts {
  const root = BY_ID.get(id);
  if (!root) throw new Error(`No dermatome facts for root "${id}"`);
  return root;
}

const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The root whose ISNCSCI key sensory point is at a place, matched on the plain name or its Latin
 * part ("medial malleolus", "the inner ankle bone (medial malleolus)"); undefined when none is.
 */
export function rootForKeyPoint(place: string): RootId | undefined {
  const wanted = normalise(place);
  if (!wanted) return undefined;
  for (const root of ROOTS) {
    const name = root.keyPoint.name;
    const latin = /\(([^)]+)\)/.exec(name)?.[1];
    if (normalise(name) === wanted || (latin && normalise(latin) === wanted)) return root.id;
  }
  return undefined;
}

/** Roots that make up the sciatic nerve (L4–S3), in order. */
export const SCIATIC_ROOTS: readonly RootId[] = ROOTS.filter((r) => r.sciatic.part !== 'none').map((r) => r.id);
