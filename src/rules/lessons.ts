/**
 * The lesson sections the rules module may link to: the ones docs/anchors.md promises every build
 * keeps. Writing them as a type lets the compiler reject a mistyped link in the rule data, and a
 * unit test checks this copy against docs/anchors.md so the two cannot drift apart.
 */
export const LESSON_SECTIONS = {
  'sciatica-is-a-symptom': ['what-the-word-means', 'the-typical-pattern', 'sciatica-or-local-back-pain', 'a-range-of-causes'],
  'sciatic-nerve-anatomy': ['size-and-roots', 'leaving-the-pelvis', 'the-gluteal-course', 'the-posterior-thigh', 'the-two-divisions', 'what-it-supplies'],
  'entrapment-sites': [
    'why-the-course-makes-it-vulnerable',
    'intervertebral-foramina',
    'greater-sciatic-foramen',
    'against-the-piriformis',
    'between-piriformis-and-sacrospinous-ligament',
    'hamstring-region-and-neural-tension',
  ],
  'nerve-root-problems': [
    'disc-herniation',
    'stenosis-bone-spurs-and-tumours',
    'herniations-without-symptoms',
    'chemical-irritation',
    'dermatomes',
    'neurological-signs',
    'straight-leg-raise',
    'never-one-test-alone',
  ],
  'piriformis-syndrome': ['the-six-variants', 'variants-do-not-explain-symptoms', 'a-contested-diagnosis', 'contributing-factors', 'recognising-a-piriformis-pattern'],
  'other-causes-and-mimics': [
    'neural-tension-after-hamstring-strain',
    'iliolumbar-ligament-sprain',
    'scoliosis-and-instability',
    'spondylolisthesis',
    'gluteus-minimus-trigger-points',
    'telling-trigger-points-from-radiculopathy',
  ],
  'red-flags-and-referral': [
    'cauda-equina-syndrome',
    'other-red-flags',
    'systemic-signs',
    'urgency-levels',
    'the-session-rule',
    'documenting-and-communicating-a-referral',
    'red-flag-checker',
  ],
  'treatment-approaches': ['principles', 'gluteal-muscles', 'piriformis-with-active-engagement', 'quadratus-lumborum-and-paraspinals', 'choosing-a-technique', 'precautions'],
  'the-clients-side': ['what-the-evidence-says', 'a-layered-plan', 'safe-home-basics', 'choosing-a-therapist', 'massage-and-physiotherapy', 'what-massage-cannot-do'],
} as const;

type Sections = typeof LESSON_SECTIONS;
export type LessonId = keyof Sections;

/** A link to one lesson section, in the site's URL form: `/lessons/<lesson>/#<section>`. */
export type LessonLink = { [L in LessonId]: `/lessons/${L}/#${Sections[L][number]}` }[LessonId];
