import type { LessonLink } from './lessons.ts';

/**
 * The finding vocabulary: everything a case can record. The ids are a public contract (cases,
 * fixtures, quiz stories and the checker UI store them), so ids may be added but never renamed.
 * The array order is the canonical order: results list findings in it, whatever order a case used.
 */

/** How much a finding alone changes what the therapist must do. */
export type FindingKind = 'emergency' | 'referral' | 'clue';
/** Who usually brings the finding: the client in the history, or the therapist on assessment. */
export type FindingGroup = 'reported' | 'observed';

interface FindingSpec {
  readonly id: string;
  readonly kind: FindingKind;
  readonly group: FindingGroup;
  readonly label: string;
  readonly explanation: string;
  readonly lesson: LessonLink;
  /** Lower-case words a case story that shows this finding would contain (quiz stories are checked against them). */
  readonly storyTerms: readonly string[];
}

const FINDING_DATA = [
  // Emergency: the cauda equina picture. Any one of these stops the session.
  {
    id: 'saddle-anesthesia',
    kind: 'emergency',
    group: 'reported',
    label: 'Numbness in the saddle area',
    explanation: 'Lost or dulled feeling where a saddle would touch (inner thighs, perineum) can mean the nerve roots at the base of the spine are being squeezed.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    storyTerms: ['saddle', 'numb between the legs', 'perineum', 'pelvic floor', 'inner thighs'],
  },
  {
    id: 'bladder-bowel-change',
    kind: 'emergency',
    group: 'reported',
    label: 'New bladder or bowel changes',
    explanation: 'Trouble passing urine, leaking, or losing bowel control alongside back or leg symptoms can come from compressed nerve roots that control the pelvic organs.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    storyTerms: ['bladder', 'bowel', 'incontinence', 'urine', 'passing water'],
  },
  {
    id: 'bilateral-leg-symptoms',
    kind: 'emergency',
    group: 'reported',
    label: 'Symptoms in both legs',
    explanation: 'Pain, numbness or weakness in both legs at once suggests something pressing on many nerve roots, not one.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    storyTerms: ['both legs', 'bilateral', 'both sides', 'either leg'],
  },
  {
    id: 'groin-genital-symptoms',
    kind: 'emergency',
    group: 'reported',
    label: 'Groin or genital symptoms',
    explanation: 'Pain, numbness or tingling in the groin or genitals belongs to the same emergency picture as saddle numbness.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    storyTerms: ['groin', 'genital'],
  },

  // Referral: signs that need a physician's assessment, though not an emergency on their own.
  {
    id: 'muscle-weakness',
    kind: 'referral',
    group: 'observed',
    label: 'Muscle weakness',
    explanation: 'Real loss of strength in the leg or foot means a nerve is not getting its signal through to the muscle.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    storyTerms: ['weakness', 'weak ankle', 'weak calf', 'gives way', 'loss of strength'],
  },
  {
    id: 'foot-drop',
    kind: 'referral',
    group: 'observed',
    label: 'Foot drop',
    explanation: 'Being unable to lift the front of the foot, so the toes catch or the foot slaps, is a marked motor loss.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    storyTerms: ['foot drop', 'foot slaps', 'toes catch', 'drags the foot', 'lift the front of the foot'],
  },
  {
    id: 'progressive-neuro-deficit',
    kind: 'referral',
    group: 'observed',
    label: 'Nerve signs getting worse',
    explanation: 'Weakness or numbness that spreads or deepens over days or weeks shows a nerve under increasing strain.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    storyTerms: ['getting weaker', 'numbness spreading', 'numbness has spread', 'progressive', 'worse each week'],
  },
  {
    id: 'sensory-change',
    kind: 'referral',
    group: 'observed',
    label: 'Altered sensation on testing',
    explanation: 'An area that feels touch less, or differently, when you test it is an objective sign that a nerve is not conducting normally.',
    lesson: '/lessons/nerve-root-problems/#neurological-signs',
    storyTerms: ['reduced sensation', 'altered sensation', 'light touch', 'dull to touch', 'sensory testing'],
  },
  {
    id: 'reflex-change',
    kind: 'referral',
    group: 'observed',
    label: 'Changed reflexes',
    explanation: 'A reflex that is reduced, missing or different from the other side points to a nerve root that is not working fully.',
    lesson: '/lessons/nerve-root-problems/#neurological-signs',
    storyTerms: ['reflex', 'ankle jerk', 'knee jerk'],
  },
  {
    id: 'fever',
    kind: 'referral',
    group: 'reported',
    label: 'Fever',
    explanation: 'A raised temperature with back or leg pain can mean infection, which massage cannot address.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    storyTerms: ['fever', 'temperature', 'chills', 'feverish'],
  },
  {
    id: 'unexplained-weight-loss',
    kind: 'referral',
    group: 'reported',
    label: 'Weight loss without a reason',
    explanation: 'Losing weight without trying, alongside pain, is a whole-body sign that needs a physician to look for the cause.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    storyTerms: ['weight loss', 'lost weight', 'losing weight'],
  },
  {
    id: 'night-pain',
    kind: 'referral',
    group: 'reported',
    label: 'Pain that disrupts sleep',
    explanation: 'Pain that wakes the client or keeps them from sleeping, whatever position they try, is not typical of a mechanical problem.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    storyTerms: ['at night', 'wakes her', 'wakes him', 'wakes them', 'night pain', 'disrupts sleep', 'trouble sleeping'],
  },
  {
    id: 'worsening-despite-care',
    kind: 'referral',
    group: 'reported',
    label: 'Worsening despite care',
    explanation: 'Symptoms that keep getting worse while conservative care goes on mean the plan is not reaching the cause.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    storyTerms: ['getting worse', 'worse despite', 'keeps worsening', 'worse every'],
  },
  {
    id: 'severe-unrelenting-pain',
    kind: 'referral',
    group: 'reported',
    label: 'Severe pain that nothing eases',
    explanation: 'Intense pain that no rest or position changes is out of proportion to a muscular problem.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    storyTerms: ['unrelenting', 'nothing eases', 'no position', 'constant severe', 'excruciating'],
  },

  // Clues: they shape the likely source and the treatment precautions, never the urgency.
  {
    id: 'radiating-leg-pain',
    kind: 'clue',
    group: 'reported',
    label: 'Pain radiating down the leg',
    explanation: 'Pain that travels from the buttock down the back of the leg is the symptom people call sciatica; many different sources produce it.',
    lesson: '/lessons/sciatica-is-a-symptom/#the-typical-pattern',
    storyTerms: ['down the leg', 'radiating', 'radiates', 'shooting', 'back of the leg'],
  },
  {
    id: 'leg-tingling-or-numbness',
    kind: 'clue',
    group: 'reported',
    label: 'Tingling or numbness in the leg',
    explanation: 'The client feels pins and needles or numbness in the leg; unlike a tested sensory change, this is what they report.',
    lesson: '/lessons/sciatica-is-a-symptom/#the-typical-pattern',
    storyTerms: ['tingling', 'pins and needles', 'numb leg', 'numbness in the leg', 'numb foot', 'numbness in the foot'],
  },
  {
    id: 'dermatomal-pattern',
    kind: 'clue',
    group: 'observed',
    label: 'Symptoms follow a dermatome',
    explanation: 'Symptoms that map onto the skin area of one nerve root suggest that root, though dermatome maps vary from person to person.',
    lesson: '/lessons/nerve-root-problems/#dermatomes',
    storyTerms: ['dermatome', 'outer calf', 'top of the foot', 'big toe', 'sole of the foot', 'little toe'],
  },
  {
    id: 'slr-positive',
    kind: 'clue',
    group: 'observed',
    label: 'Positive straight leg raise',
    explanation: 'Raising the straight leg stretches the sciatic nerve; bringing on the leg symptoms this way suggests an irritated nerve root.',
    lesson: '/lessons/nerve-root-problems/#straight-leg-raise',
    storyTerms: ['straight leg raise', 'straight-leg raise', 'slr', 'leg raise'],
  },
  {
    id: 'worse-with-sitting-bending-coughing',
    kind: 'clue',
    group: 'reported',
    label: 'Worse with sitting, bending or coughing',
    explanation: 'Sitting, bending forward, coughing and sneezing all raise pressure on the discs, so symptoms that follow them suggest a disc pressing on a root.',
    lesson: '/lessons/nerve-root-problems/#disc-herniation',
    storyTerms: ['coughing', 'sneezing', 'bending forward', 'bends forward', 'worse when sitting', 'worse with sitting'],
  },
  {
    id: 'known-disc-herniation',
    kind: 'clue',
    group: 'reported',
    label: 'Known disc herniation',
    explanation: 'Imaging has shown a herniated disc; it makes a root source more likely but does not prove it, since many herniations cause no symptoms.',
    lesson: '/lessons/nerve-root-problems/#herniations-without-symptoms',
    storyTerms: ['disc herniation', 'herniated disc', 'slipped disc', 'bulging disc', 'disc bulge'],
  },
  {
    id: 'deep-buttock-pain',
    kind: 'clue',
    group: 'reported',
    label: 'Deep buttock pain',
    explanation: 'Pain felt deep in the buttock, where the nerve passes the piriformis, fits irritation in the gluteal region.',
    lesson: '/lessons/piriformis-syndrome/#recognising-a-piriformis-pattern',
    storyTerms: ['deep in the buttock', 'deep buttock', 'deep in the glute', 'deep ache in the buttock'],
  },
  {
    id: 'prolonged-sitting',
    kind: 'clue',
    group: 'reported',
    label: 'Long hours of sitting',
    explanation: 'Sitting for long periods loads the buttock and is a common contributor to a piriformis pattern.',
    lesson: '/lessons/piriformis-syndrome/#contributing-factors',
    storyTerms: ['sits all day', 'long drives', 'at a desk', 'hours of sitting', 'sitting for long', 'sits for hours'],
  },
  {
    id: 'buttock-trauma',
    kind: 'clue',
    group: 'reported',
    label: 'A fall or blow to the buttock',
    explanation: 'A direct knock to the buttock can leave the deep gluteal muscles irritated around the nerve.',
    lesson: '/lessons/piriformis-syndrome/#contributing-factors',
    storyTerms: ['fell on', 'landed on', 'fall onto', 'blow to the buttock', 'bruised buttock'],
  },
  {
    id: 'hip-abductor-pressure-reproduces-pain',
    kind: 'clue',
    group: 'observed',
    label: 'Pressing the hip abductors reproduces the pain',
    explanation: 'If pressure on gluteus minimus or medius brings on the familiar leg pain, a trigger point referring pain is more likely than an irritated nerve.',
    lesson: '/lessons/other-causes-and-mimics/#telling-trigger-points-from-radiculopathy',
    storyTerms: ['gluteus minimus', 'gluteus medius', 'hip abductor', 'side of the hip', 'reproduces the pain'],
  },
  {
    id: 'prior-hamstring-strain',
    kind: 'clue',
    group: 'reported',
    label: 'Earlier hamstring strain',
    explanation: 'Scar tissue from an old hamstring strain can tether the sciatic nerve so it cannot glide, putting it under tension with movement.',
    lesson: '/lessons/other-causes-and-mimics/#neural-tension-after-hamstring-strain',
    storyTerms: ['hamstring strain', 'pulled hamstring', 'hamstring tear', 'strained hamstring', 'torn hamstring'],
  },
  {
    id: 'iliolumbar-sprain',
    kind: 'clue',
    group: 'reported',
    label: 'Iliolumbar ligament sprain',
    explanation: 'Inflammation from a sprained iliolumbar ligament can irritate the lumbar nerve roots beside it.',
    lesson: '/lessons/other-causes-and-mimics/#iliolumbar-ligament-sprain',
    storyTerms: ['iliolumbar', 'ligament sprain', 'sprained ligament'],
  },
  {
    id: 'known-spondylolisthesis',
    kind: 'clue',
    group: 'reported',
    label: 'Known spondylolisthesis',
    explanation: 'One vertebra slipped forward on the next can pinch the nerve roots where they leave the spine, especially with movement.',
    lesson: '/lessons/other-causes-and-mimics/#spondylolisthesis',
    storyTerms: ['spondylolisthesis', 'slipped vertebra', 'vertebra slipped'],
  },
  {
    id: 'scoliosis-or-instability',
    kind: 'clue',
    group: 'observed',
    label: 'Scoliosis or spinal instability',
    explanation: 'A curved or unstable spine changes how the vertebrae move and can compress a nerve root on and off.',
    lesson: '/lessons/other-causes-and-mimics/#scoliosis-and-instability',
    storyTerms: ['scoliosis', 'instability', 'unstable', 'curved spine', 'curve in the spine'],
  },
  {
    id: 'symptoms-reproduced-by-treatment-pressure',
    kind: 'clue',
    group: 'observed',
    label: 'Treatment pressure brings on nerve symptoms',
    explanation: 'Tingling, numbness or shooting pain that starts under your pressure means that technique is irritating the nerve.',
    lesson: '/lessons/treatment-approaches/#precautions',
    storyTerms: ['when you press', 'under your pressure', 'during the massage', 'pressure brings on', 'as you work'],
  },
] as const satisfies readonly FindingSpec[];

type FindingData = (typeof FINDING_DATA)[number];
export type FindingId = FindingData['id'];
export type EmergencySignId = Extract<FindingData, { kind: 'emergency' }>['id'];
export type ReferralSignId = Extract<FindingData, { kind: 'referral' }>['id'];

export interface Finding extends FindingSpec {
  readonly id: FindingId;
}

/** Every finding, in canonical order. */
export const FINDINGS: readonly Finding[] = FINDING_DATA;
export const FINDING_IDS: readonly FindingId[] = FINDINGS.map((f) => f.id);

const BY_ID: ReadonlyMap<string, Finding> = new Map(FINDINGS.map((f) => [f.id, f]));
const ORDER: ReadonlyMap<string, number> = new Map(FINDING_IDS.map((id, i) => [id, i]));

export function isFindingId(value: unknown): value is FindingId {
  return typeof value === 'string' && BY_ID.has(value);
}

export function getFinding(id: FindingId): Finding {
  const finding = BY_ID.get(id);
  if (!finding) throw new Error(`unknown finding id ${JSON.stringify(id)}`);
  return finding;
}

export function findingsOfKind(kind: FindingKind): readonly Finding[] {
  return FINDINGS.filter((f) => f.kind === kind);
}

/**
 * Known ids only, each once, in vocabulary order: the one normal form every result is built from,
 * so a case's order and repeats can never change the outcome.
 */
export function canonicalFindings(ids: Iterable<string>): FindingId[] {
  const known = [...new Set(ids)].filter(isFindingId);
  return known.sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
