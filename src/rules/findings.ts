import type { LessonLink } from './lessons.ts';
import type { StandardId } from './standards.ts';
import type { SignLevel } from './urgency.ts';

/**
 * The finding vocabulary: everything a case can record. The ids are a public contract (cases,
 * fixtures, quiz stories and the checker UI store them), so ids may be added but never renamed.
 * The array order is the canonical order: results list findings in it, whatever order a case used.
 */

/** The level a finding raises a case to on its own; a clue never changes the urgency. */
export type FindingLevel = SignLevel | 'clue';
/** Who usually brings the finding: the client in the history, or the therapist on assessment. */
export type FindingGroup = 'reported' | 'observed';

interface EscalationSpec {
  /** The finding rises to `to` when any of these is present too. */
  readonly with: readonly string[];
  readonly to: SignLevel;
  /** How the card and lesson name the companions: "any other cauda equina sign". */
  readonly withName: string;
}

interface FindingSpec {
  readonly id: string;
  readonly level: FindingLevel;
  readonly group: FindingGroup;
  readonly label: string;
  readonly explanation: string;
  readonly lesson: LessonLink;
  /** The reference (content/references/<id>.yaml) that supports the finding's level. */
  readonly standard: StandardId;
  /** Lower-case words a case story that shows this finding would contain (quiz stories are checked against them). */
  readonly storyTerms: readonly string[];
  readonly escalations?: readonly EscalationSpec[];
}

/** The cauda equina signs GIRFT lists as new or worsening; any one is an emergency. */
const CAUDA_EQUINA = ['saddle-anesthesia', 'bladder-bowel-change', 'bilateral-leg-symptoms', 'groin-genital-symptoms', 'rectal-sensation-loss'] as const;
const WITH_FEVER = [{ with: ['fever'], to: 'urgent', withName: 'a fever' }] as const;

const FINDING_DATA = [
  // Emergency: possible cauda equina or spinal cord compression, or a vascular emergency.
  {
    id: 'saddle-anesthesia',
    level: 'emergency',
    group: 'reported',
    label: 'New numbness in the saddle area',
    explanation:
      'New or worsening numbness, tingling or dulled feeling between the legs, around the back passage or on the inner buttocks can mean the nerve roots at the base of the spine (the cauda equina) are compressed.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    standard: 'girft-ces-2023',
    storyTerms: ['saddle', 'numb between the legs', 'between her legs', 'between his legs', 'perineum', 'around the back passage', 'inner thighs'],
  },
  {
    id: 'bladder-bowel-change',
    level: 'emergency',
    group: 'reported',
    label: 'New bladder or bowel changes',
    explanation:
      'New difficulty starting to pass urine, a stream that is weaker or felt less, or losing the urge to go are early cauda equina signs and the window for acting; passing no urine without pain, or leaking without noticing, are late signs.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    standard: 'girft-ces-2023',
    storyTerms: ['bladder', 'bowel', 'incontinence', 'urine', 'passing water'],
  },
  {
    id: 'bilateral-leg-symptoms',
    level: 'emergency',
    group: 'reported',
    label: 'New or worsening symptoms in both legs',
    explanation:
      'Sciatic-type pain, numbness or weakness that has come on in both legs, or spread from one leg to both, in the last days or weeks suggests many nerve roots compressed at once.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    standard: 'girft-ces-2023',
    storyTerms: ['both legs', 'bilateral', 'both sides', 'either leg'],
  },
  {
    id: 'groin-genital-symptoms',
    level: 'emergency',
    group: 'reported',
    label: 'New numbness or tingling of the genitals',
    explanation:
      'Altered feeling of the genitals belongs to the same picture as saddle numbness. Groin pain on its own is not this sign: it has common causes such as the hip joint.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    standard: 'girft-ces-2023',
    storyTerms: ['genital', 'genitals'],
  },
  {
    id: 'rectal-sensation-loss',
    level: 'emergency',
    group: 'reported',
    label: 'Lost feeling of a full bowel',
    explanation: 'Not feeling the back passage fill, or not feeling a stool pass, is a cauda equina sign that clients rarely mention unless asked.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    standard: 'girft-ces-2023',
    storyTerms: ['bowel is full', 'back passage', 'rectal', 'feel a stool', 'feel the stool'],
  },
  {
    id: 'widespread-neurology',
    level: 'emergency',
    group: 'reported',
    label: 'Symptoms in both arms or an unsteady walk',
    explanation:
      'Numbness, tingling or weakness in both arms or all four limbs, clumsy hands, or a new unsteady walk point above the lumbar roots, to the spinal cord.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'nhs-lothian-red-flags',
    storyTerms: ['both arms', 'both hands', 'all four limbs', 'unsteady', 'clumsy', 'balance'],
  },
  {
    id: 'pulsatile-abdominal-mass',
    level: 'emergency',
    group: 'observed',
    label: 'A pulsating lump in the belly',
    explanation:
      'Back pain in an older client, especially a smoker, with a lump in the abdomen that pulses can come from a swollen aorta (an aneurysm), which can burst: never press on it.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'nhs-lothian-red-flags',
    storyTerms: ['pulsating', 'pulsatile', 'pulses under', 'throbbing lump', 'aneurysm'],
  },

  // Urgent: a medical assessment the same day, within 48 hours at most; no massage until then.
  {
    id: 'foot-drop',
    level: 'urgent',
    group: 'observed',
    label: 'Foot drop',
    explanation:
      'Being unable to lift the front of the foot, so the toes catch or the foot slaps, is a marked motor loss; new foot drop needs an early specialist opinion.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'nhs-lothian-red-flags',
    storyTerms: ['foot drop', 'foot slaps', 'toes catch', 'drags the foot', 'lift the front of the foot'],
  },
  {
    id: 'severe-weakness',
    level: 'urgent',
    group: 'observed',
    label: 'Severe or rapidly developing weakness',
    explanation: 'A muscle group that can barely work against gravity, or marked weakness that came on over days, shows a nerve losing function quickly.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'nhs-lothian-red-flags',
    storyTerms: ['severe weakness', 'marked weakness', 'barely lift', 'cannot rise onto', 'very weak'],
  },
  {
    id: 'progressive-neuro-deficit',
    level: 'urgent',
    group: 'observed',
    label: 'Nerve signs getting worse',
    explanation: 'Weakness or numbness that spreads or deepens over days or weeks shows a nerve under increasing strain.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'nhs-lothian-red-flags',
    storyTerms: ['getting weaker', 'numbness spreading', 'numbness has spread', 'progressive', 'worse each week'],
  },
  {
    id: 'fever',
    level: 'urgent',
    group: 'reported',
    label: 'Fever',
    explanation: 'A raised temperature with back or leg pain can mean an infection in or near the spine. Massage is not given with a fever.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    standard: 'finucane-2020',
    storyTerms: ['fever', 'temperature', 'chills', 'feverish'],
  },
  {
    id: 'feeling-unwell',
    level: 'urgent',
    group: 'reported',
    label: 'Feeling generally unwell',
    explanation: 'Feeling ill all over (shivery, exhausted, off food) alongside new back pain can be a sign of infection.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    standard: 'finucane-2020',
    storyTerms: ['unwell', 'under the weather', 'shivery', 'off her food', 'off his food'],
  },
  {
    id: 'unexplained-weight-loss',
    level: 'urgent',
    group: 'reported',
    label: 'Weight loss without a reason',
    explanation: 'Losing weight without trying, alongside back or leg pain, can point to a cancer or an infection, which a doctor needs to look for soon.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    standard: 'nice-cks-sciatica',
    storyTerms: ['weight loss', 'lost weight', 'losing weight'],
  },
  {
    id: 'history-of-cancer',
    level: 'urgent',
    group: 'reported',
    label: 'A history of cancer',
    explanation:
      'Cancer now or in the past is the strongest single warning sign that new back or leg pain could come from a spread to the spine, even years after treatment.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    standard: 'finucane-2020',
    storyTerms: ['cancer', 'tumour', 'malignant', 'lymphoma', 'melanoma'],
  },
  {
    id: 'significant-trauma',
    level: 'urgent',
    group: 'reported',
    label: 'A significant injury',
    explanation:
      'A fall from a height, a road accident or being thrown, or even a minor fall in someone with fragile bones, can fracture a vertebra.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'finucane-2020',
    storyTerms: ['fall from', 'fell from', 'road accident', 'car accident', 'thrown', 'collision', 'crash', 'slipped and fell'],
  },
  {
    id: 'severe-unrelenting-pain',
    level: 'urgent',
    group: 'reported',
    label: 'Severe pain that nothing eases',
    explanation: 'Pain so intense that no rest, position or painkiller eases it needs medical care the same day, to control it and to look for its cause.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'seed-client-article',
    storyTerms: ['unrelenting', 'nothing eases', 'no position', 'constant severe', 'excruciating'],
  },

  // Refer: a physician's assessment, routinely (days to weeks).
  {
    id: 'muscle-weakness',
    level: 'refer',
    group: 'observed',
    label: 'Mild, stable muscle weakness',
    explanation: 'A real but mild loss of strength in the leg or foot that is not getting worse means a nerve is not getting its full signal through.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'seed-clinical-column',
    storyTerms: ['weakness', 'weak ankle', 'weak calf', 'gives way', 'loss of strength'],
  },
  {
    id: 'sensory-change',
    level: 'refer',
    group: 'observed',
    label: 'Altered sensation on testing',
    explanation: 'An area that feels touch less, or differently, when it is tested is an objective sign that a nerve is not conducting normally.',
    lesson: '/lessons/nerve-root-problems/#neurological-signs',
    standard: 'seed-clinical-column',
    storyTerms: ['reduced sensation', 'altered sensation', 'light touch', 'dull to touch', 'sensory testing'],
  },
  {
    id: 'reflex-change',
    level: 'refer',
    group: 'observed',
    label: 'Changed reflexes',
    explanation: 'A reflex that is reduced, missing or different from the other side points to a nerve root that is not working fully.',
    lesson: '/lessons/nerve-root-problems/#neurological-signs',
    standard: 'seed-clinical-column',
    storyTerms: ['reflex', 'ankle jerk', 'knee jerk'],
  },
  {
    id: 'persistent-numbness',
    level: 'refer',
    group: 'reported',
    label: 'Numbness that has lasted more than a few days',
    explanation:
      'Numbness the client feels in one area for more than a few days, new or spreading, shows a nerve not conducting normally, whether or not anyone has tested it.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'seed-clinical-column',
    storyTerms: ['still numb', 'numb for', 'numb patch', 'stays numb', 'numbness has stayed', 'persistent numbness'],
  },
  {
    id: 'stable-bilateral-leg-symptoms',
    level: 'refer',
    group: 'reported',
    label: 'Long-standing, unchanged symptoms in both legs',
    explanation:
      'Symptoms in both legs that have been there, unchanged, for months (often on standing and walking, eased by sitting) fit a narrowed spinal canal: a routine assessment, and an emergency one if they change.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    standard: 'girft-ces-2023',
    storyTerms: ['both legs', 'both calves', 'both thighs'],
  },
  {
    id: 'sexual-dysfunction',
    level: 'refer',
    group: 'reported',
    label: 'New sexual dysfunction',
    explanation:
      'New loss of genital feeling during sex, or new erection or ejaculation problems, is a cauda equina question to ask. With another cauda equina sign it is an emergency; on its own it is unlikely to be cauda equina and needs a routine assessment.',
    lesson: '/lessons/red-flags-and-referral/#cauda-equina-syndrome',
    standard: 'girft-ces-2023',
    storyTerms: ['sexual', 'erection', 'ejaculation', 'intercourse', 'during sex'],
    escalations: [{ with: CAUDA_EQUINA, to: 'emergency', withName: 'any other cauda equina sign' }],
  },
  {
    id: 'recent-infection',
    level: 'refer',
    group: 'reported',
    label: 'A recent infection',
    explanation: 'A urinary, skin or chest infection in the last few weeks raises the chance that new back pain comes from an infection that has spread to the spine.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    standard: 'finucane-2020',
    storyTerms: ['infection', 'antibiotics', 'cystitis', 'cellulitis', 'pneumonia'],
    escalations: WITH_FEVER,
  },
  {
    id: 'immunosuppression',
    level: 'refer',
    group: 'reported',
    label: 'Weakened immune defences',
    explanation:
      'Long-term steroid tablets, chemotherapy, an organ transplant or HIV weaken the defences against infection, and long-term steroids also thin the bones.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    standard: 'finucane-2020',
    storyTerms: ['steroid', 'prednisolone', 'chemotherapy', 'transplant', 'hiv', 'immunosuppress'],
    escalations: WITH_FEVER,
  },
  {
    id: 'iv-drug-use',
    level: 'refer',
    group: 'reported',
    label: 'Injecting drug use',
    explanation: 'Injecting drugs can carry bacteria into the blood, and from there to the spine.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    standard: 'finucane-2020',
    storyTerms: ['injects', 'injecting', 'intravenous drug', 'heroin'],
    escalations: WITH_FEVER,
  },
  {
    id: 'recent-spinal-procedure',
    level: 'refer',
    group: 'reported',
    label: 'Recent spinal surgery or injection',
    explanation: 'An operation on the spine or an injection into or beside it in the last few months can, rarely, let an infection in.',
    lesson: '/lessons/red-flags-and-referral/#systemic-signs',
    standard: 'finucane-2020',
    storyTerms: ['spinal surgery', 'spinal injection', 'epidural', 'discectomy', 'back operation', 'injection into her spine', 'injection into his spine'],
    escalations: WITH_FEVER,
  },
  {
    id: 'osteoporosis',
    level: 'refer',
    group: 'reported',
    label: 'Osteoporosis',
    explanation: 'Fragile bones can break with little force: new back pain after a minor fall or lift in someone with osteoporosis counts as a significant injury.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'finucane-2020',
    storyTerms: ['osteoporosis', 'brittle bones', 'thin bones', 'bone density'],
  },
  {
    id: 'age-over-50-new-pain',
    level: 'refer',
    group: 'reported',
    label: 'Age over 50 with a first episode of back pain',
    explanation: 'A first episode of back or sciatic-type pain after the age of 50 is a risk factor for serious causes such as cancer or fracture, and on its own needs a routine check.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'finucane-2020',
    storyTerms: ['first episode', 'never had back pain', 'never had trouble', 'new this year'],
  },
  {
    id: 'thoracic-pain',
    level: 'refer',
    group: 'reported',
    label: 'Pain in the mid or upper back',
    explanation: 'Pain in the thoracic spine is less often mechanical than low back pain and is one of the standard warning signs to have checked.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'finucane-2020',
    storyTerms: ['thoracic', 'mid-back', 'mid back', 'between the shoulder blades', 'upper back'],
  },
  {
    id: 'night-pain',
    level: 'refer',
    group: 'reported',
    label: 'Pain that disrupts sleep',
    explanation:
      'Pain that wakes the client, whatever position they try, is common in disc-related pain too; it is a reason to ask about weight loss, fever and cancer and to refer, not proof of a serious cause.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'seed-clinical-column',
    storyTerms: ['at night', 'wakes her', 'wakes him', 'wakes them', 'night pain', 'disrupts sleep', 'trouble sleeping'],
  },
  {
    id: 'worsening-despite-care',
    level: 'refer',
    group: 'reported',
    label: 'Worsening despite care',
    explanation: 'Symptoms that keep getting worse while conservative care goes on mean the plan is not reaching the cause.',
    lesson: '/lessons/red-flags-and-referral/#other-red-flags',
    standard: 'seed-clinical-column',
    storyTerms: ['getting worse', 'worse despite', 'keeps worsening', 'worse every'],
  },

  // Clues: they shape the likely source and the treatment precautions, never the urgency.
  {
    id: 'radiating-leg-pain',
    level: 'clue',
    group: 'reported',
    label: 'Pain radiating down the leg',
    explanation: 'Pain that travels from the buttock down the back of the leg is the symptom people call sciatica; many different sources produce it.',
    lesson: '/lessons/sciatica-is-a-symptom/#the-typical-pattern',
    standard: 'seed-clinical-column',
    storyTerms: ['down the leg', 'radiating', 'radiates', 'shooting', 'back of the leg'],
  },
  {
    id: 'leg-tingling-or-numbness',
    level: 'clue',
    group: 'reported',
    label: 'Tingling or numbness in the leg',
    explanation:
      'The client feels pins and needles or numbness in the leg that comes and goes. Numbness that stays for more than a few days is a referral sign of its own.',
    lesson: '/lessons/sciatica-is-a-symptom/#the-typical-pattern',
    standard: 'seed-clinical-column',
    storyTerms: ['tingling', 'pins and needles', 'numb leg', 'numbness in the leg', 'numb foot', 'numbness in the foot'],
  },
  {
    id: 'dermatomal-pattern',
    level: 'clue',
    group: 'observed',
    label: 'Symptoms follow a dermatome',
    explanation: 'Symptoms that map onto the skin area of one nerve root suggest that root, though dermatome maps vary from person to person.',
    lesson: '/lessons/nerve-root-problems/#dermatomes',
    standard: 'seed-clinical-column',
    storyTerms: ['dermatome', 'outer calf', 'top of the foot', 'big toe', 'sole of the foot', 'little toe'],
  },
  {
    id: 'slr-positive',
    level: 'clue',
    group: 'observed',
    label: 'Positive straight leg raise',
    explanation: 'Raising the straight leg stretches the sciatic nerve; bringing on the leg symptoms this way suggests an irritated nerve root.',
    lesson: '/lessons/nerve-root-problems/#straight-leg-raise',
    standard: 'seed-clinical-column',
    storyTerms: ['straight leg raise', 'straight-leg raise', 'slr', 'leg raise'],
  },
  {
    id: 'worse-with-sitting-bending-coughing',
    level: 'clue',
    group: 'reported',
    label: 'Worse with sitting, bending or coughing',
    explanation:
      'Sitting and bending forward load the discs, and coughing or sneezing raise the pressure in the abdomen and around the roots; symptoms that follow them fit an irritated root, though not only a disc.',
    lesson: '/lessons/nerve-root-problems/#disc-herniation',
    standard: 'seed-clinical-column',
    storyTerms: ['coughing', 'sneezing', 'bending forward', 'bends forward', 'worse when sitting', 'worse with sitting'],
  },
  {
    id: 'eased-by-sitting-or-bending-forward',
    level: 'clue',
    group: 'reported',
    label: 'Leg symptoms on walking, eased by sitting',
    explanation:
      'Leg symptoms that build up on standing and walking and ease on sitting or bending forward (leaning on a trolley) fit a narrowed spinal canal rather than a disc.',
    lesson: '/lessons/nerve-root-problems/#stenosis-bone-spurs-and-tumours',
    standard: 'seed-client-article',
    storyTerms: ['eased by sitting', 'eases when she sits', 'eases when he sits', 'relieved by sitting', 'sitting relieves', 'leaning on', 'after an hour standing'],
  },
  {
    id: 'objective-measures-unchanged',
    level: 'clue',
    group: 'observed',
    label: 'Unchanged range of motion and pain at re-check',
    explanation:
      'The measures taken at the first session (range of motion, pain score) are no better at the last re-check; after 3 sessions this is enough to refer.',
    lesson: '/lessons/red-flags-and-referral/#the-session-rule',
    standard: 'seed-clinical-column',
    storyTerms: ['unchanged', 'no change in', 'the same as at the first', 'no better on re-testing'],
  },
  {
    id: 'known-disc-herniation',
    level: 'clue',
    group: 'reported',
    label: 'Known disc herniation',
    explanation: 'Imaging has shown a herniated disc; it makes a root source more likely but does not prove it, since many herniations cause no symptoms.',
    lesson: '/lessons/nerve-root-problems/#herniations-without-symptoms',
    standard: 'seed-clinical-column',
    storyTerms: ['disc herniation', 'herniated disc', 'slipped disc', 'bulging disc', 'disc bulge'],
  },
  {
    id: 'deep-buttock-pain',
    level: 'clue',
    group: 'reported',
    label: 'Deep buttock pain',
    explanation: 'Pain felt deep in the buttock, where the nerve passes the piriformis, fits irritation in the gluteal region.',
    lesson: '/lessons/piriformis-syndrome/#recognising-a-piriformis-pattern',
    standard: 'seed-clinical-column',
    storyTerms: ['deep in the buttock', 'deep buttock', 'deep in the glute', 'deep ache in the buttock'],
  },
  {
    id: 'prolonged-sitting',
    level: 'clue',
    group: 'reported',
    label: 'Long hours of sitting',
    explanation: 'Sitting for long periods loads the buttock and is a common contributor to a piriformis pattern.',
    lesson: '/lessons/piriformis-syndrome/#contributing-factors',
    standard: 'seed-clinical-column',
    storyTerms: ['sits all day', 'long drives', 'at a desk', 'hours of sitting', 'sitting for long', 'sits for hours'],
  },
  {
    id: 'buttock-trauma',
    level: 'clue',
    group: 'reported',
    label: 'A fall or blow to the buttock',
    explanation:
      'A direct knock to the buttock can leave the deep gluteal muscles irritated around the nerve. A hard fall or being thrown is a significant injury: record it, and arrange a same-day assessment if the sit bone is tender or sitting on it hurts.',
    lesson: '/lessons/piriformis-syndrome/#contributing-factors',
    standard: 'seed-clinical-column',
    storyTerms: ['fell on', 'landed on', 'fall onto', 'blow to the buttock', 'bruised buttock'],
  },
  {
    id: 'hip-abductor-pressure-reproduces-pain',
    level: 'clue',
    group: 'observed',
    label: 'Pressing the hip abductors reproduces the pain',
    explanation: 'If pressure on gluteus minimus or medius brings on the familiar leg pain, a trigger point referring pain is more likely than an irritated nerve.',
    lesson: '/lessons/other-causes-and-mimics/#telling-trigger-points-from-radiculopathy',
    standard: 'seed-clinical-column',
    storyTerms: ['gluteus minimus', 'gluteus medius', 'hip abductor', 'side of the hip', 'reproduces the pain'],
  },
  {
    id: 'prior-hamstring-strain',
    level: 'clue',
    group: 'reported',
    label: 'Earlier hamstring strain',
    explanation: 'Scar tissue from an old hamstring strain can tether the sciatic nerve so it cannot glide, putting it under tension with movement.',
    lesson: '/lessons/other-causes-and-mimics/#neural-tension-after-hamstring-strain',
    standard: 'seed-clinical-column',
    storyTerms: ['hamstring strain', 'pulled hamstring', 'hamstring tear', 'strained hamstring', 'torn hamstring'],
  },
  {
    id: 'iliolumbar-sprain',
    level: 'clue',
    group: 'reported',
    label: 'Iliolumbar ligament sprain',
    explanation: 'Inflammation from a sprained iliolumbar ligament has been proposed to irritate the lumbar nerve roots beside it, though little research has tested this.',
    lesson: '/lessons/other-causes-and-mimics/#iliolumbar-ligament-sprain',
    standard: 'seed-clinical-column',
    storyTerms: ['iliolumbar', 'ligament sprain', 'sprained ligament'],
  },
  {
    id: 'known-spondylolisthesis',
    level: 'clue',
    group: 'reported',
    label: 'Known spondylolisthesis',
    explanation: 'One vertebra slipped forward on the next can pinch the nerve roots where they leave the spine, especially with movement.',
    lesson: '/lessons/other-causes-and-mimics/#spondylolisthesis',
    standard: 'seed-clinical-column',
    storyTerms: ['spondylolisthesis', 'slipped vertebra', 'vertebra slipped'],
  },
  {
    id: 'scoliosis-or-instability',
    level: 'clue',
    group: 'observed',
    label: 'Scoliosis or spinal instability',
    explanation: 'A curved or unstable spine changes how the vertebrae move and can compress a nerve root on and off.',
    lesson: '/lessons/other-causes-and-mimics/#scoliosis-and-instability',
    standard: 'seed-clinical-column',
    storyTerms: ['scoliosis', 'instability', 'unstable', 'curved spine', 'curve in the spine'],
  },
  {
    id: 'symptoms-reproduced-by-treatment-pressure',
    level: 'clue',
    group: 'observed',
    label: 'Treatment pressure brings on nerve symptoms',
    explanation: 'Tingling, numbness or shooting pain that starts under your pressure means that technique is irritating the nerve.',
    lesson: '/lessons/treatment-approaches/#precautions',
    standard: 'seed-clinical-column',
    storyTerms: ['when you press', 'under your pressure', 'during the massage', 'pressure brings on', 'as you work'],
  },
] as const satisfies readonly FindingSpec[];

type FindingData = (typeof FINDING_DATA)[number];
export type FindingId = FindingData['id'];
/** A finding that can change the urgency (every level but clue). */
export type SignId = Exclude<FindingData, { level: 'clue' }>['id'];

export interface Escalation {
  readonly with: readonly FindingId[];
  readonly to: SignLevel;
  readonly withName: string;
}

export interface Finding extends Omit<FindingSpec, 'escalations'> {
  readonly id: FindingId;
  readonly escalations: readonly Escalation[];
}

/** Every finding, in canonical order. */
export const FINDINGS: readonly Finding[] = FINDING_DATA.map((f) => ({ ...f, escalations: 'escalations' in f ? f.escalations : [] }));
export const FINDING_IDS: readonly FindingId[] = FINDINGS.map((f) => f.id);
export const CAUDA_EQUINA_SIGNS: readonly FindingId[] = CAUDA_EQUINA;

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

/** The findings whose own level is `level`, in canonical order. */
export function findingsAtLevel(level: FindingLevel): readonly Finding[] {
  return FINDINGS.filter((f) => f.level === level);
}

/**
 * Known ids only, each once, in vocabulary order: the one normal form every result is built from,
 * so a case's order and repeats can never change the outcome.
 */
export function canonicalFindings(ids: Iterable<string>): FindingId[] {
  const known = [...new Set(ids)].filter(isFindingId);
  return known.sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
