/**
 * The lesson sections other pages link to, each with the `##` heading it shows: the one typed source
 * of lesson links. The compiler rejects a mistyped link in the rule data; docs/anchors.md restates
 * the list for authors and a unit test holds it to this one; each lesson must carry every heading
 * with exactly this text (its slug is the id, so the anchors never move); and a link's label is its
 * section's heading, never the id un-slugged.
 */
interface LessonSection {
  /** The heading's slug: the `#` part of the link. */
  readonly id: string;
  /** The `##` heading's text, as the lesson shows it. */
  readonly heading: string;
}

export const LESSON_SECTIONS = {
  'sciatica-is-a-symptom': [
    { id: 'what-the-word-means', heading: 'What the word means' },
    { id: 'the-typical-pattern', heading: 'The typical pattern' },
    { id: 'sciatica-or-local-back-pain', heading: 'Sciatica or local back pain' },
    { id: 'a-range-of-causes', heading: 'A range of causes' },
  ],
  'sciatic-nerve-anatomy': [
    { id: 'size-and-roots', heading: 'Size and roots' },
    { id: 'leaving-the-pelvis', heading: 'Leaving the pelvis' },
    { id: 'the-gluteal-course', heading: 'The gluteal course' },
    { id: 'the-posterior-thigh', heading: 'The posterior thigh' },
    { id: 'the-two-divisions', heading: 'The two divisions' },
    { id: 'what-it-supplies', heading: 'What it supplies' },
  ],
  'entrapment-sites': [
    { id: 'why-the-course-makes-it-vulnerable', heading: 'Why the course makes it vulnerable' },
    { id: 'intervertebral-foramina', heading: 'Intervertebral foramina' },
    { id: 'greater-sciatic-foramen', heading: 'Greater sciatic foramen' },
    { id: 'against-the-piriformis', heading: 'Against the piriformis' },
    { id: 'between-piriformis-and-sacrospinous-ligament', heading: 'Between piriformis and sacrospinous ligament' },
    { id: 'hamstring-region-and-neural-tension', heading: 'Hamstring region and neural tension' },
  ],
  'nerve-root-problems': [
    { id: 'disc-herniation', heading: 'Disc herniation' },
    { id: 'stenosis-bone-spurs-and-tumours', heading: 'Stenosis, bone spurs and tumours' },
    { id: 'herniations-without-symptoms', heading: 'Herniations without symptoms' },
    { id: 'chemical-irritation', heading: 'Chemical irritation' },
    { id: 'dermatomes', heading: 'Dermatomes' },
    { id: 'neurological-signs', heading: 'Neurological signs' },
    { id: 'straight-leg-raise', heading: 'Straight leg raise' },
    { id: 'never-one-test-alone', heading: 'Never one test alone' },
  ],
  'piriformis-syndrome': [
    { id: 'the-six-variants', heading: 'The six variants' },
    { id: 'variants-do-not-explain-symptoms', heading: 'Variants do not explain symptoms' },
    { id: 'a-contested-diagnosis', heading: 'A contested diagnosis' },
    { id: 'contributing-factors', heading: 'Contributing factors' },
    { id: 'recognising-a-piriformis-pattern', heading: 'Recognising a piriformis pattern' },
  ],
  'other-causes-and-mimics': [
    { id: 'neural-tension-after-hamstring-strain', heading: 'Neural tension after hamstring strain' },
    { id: 'iliolumbar-ligament-sprain', heading: 'Iliolumbar ligament sprain' },
    { id: 'scoliosis-and-instability', heading: 'Scoliosis and instability' },
    { id: 'spondylolisthesis', heading: 'Spondylolisthesis' },
    { id: 'gluteus-minimus-trigger-points', heading: 'Gluteus minimus trigger points' },
    { id: 'telling-trigger-points-from-radiculopathy', heading: 'Telling trigger points from radiculopathy' },
  ],
  'red-flags-and-referral': [
    { id: 'cauda-equina-syndrome', heading: 'Cauda equina syndrome' },
    { id: 'other-red-flags', heading: 'Other red flags' },
    { id: 'systemic-signs', heading: 'Systemic signs' },
    { id: 'urgency-levels', heading: 'Urgency levels' },
    { id: 'the-session-rule', heading: 'The session rule' },
    { id: 'documenting-and-communicating-a-referral', heading: 'Documenting and communicating a referral' },
    { id: 'red-flag-checker', heading: 'Red-flag checker' },
  ],
  'treatment-approaches': [
    { id: 'principles', heading: 'Principles' },
    { id: 'gluteal-muscles', heading: 'Gluteal muscles' },
    { id: 'piriformis-with-active-engagement', heading: 'Piriformis with active engagement' },
    { id: 'quadratus-lumborum-and-paraspinals', heading: 'Quadratus lumborum and paraspinals' },
    { id: 'choosing-a-technique', heading: 'Choosing a technique' },
    { id: 'precautions', heading: 'Precautions' },
  ],
  'the-clients-side': [
    { id: 'what-the-evidence-says', heading: 'What the evidence says' },
    { id: 'a-layered-plan', heading: 'A layered plan' },
    { id: 'safe-home-basics', heading: 'Safe home basics' },
    { id: 'choosing-a-therapist', heading: 'Choosing a therapist' },
    { id: 'massage-and-physiotherapy', heading: 'Massage and physiotherapy' },
    { id: 'what-massage-cannot-do', heading: 'What massage cannot do' },
  ],
} as const satisfies Record<string, readonly LessonSection[]>;

type Sections = typeof LESSON_SECTIONS;
export type LessonId = keyof Sections;

/** A link to one lesson section, in the site's URL form: `/lessons/<lesson>/#<section>`. */
export type LessonLink = { [L in LessonId]: `/lessons/${L}/#${Sections[L][number]['id']}` }[LessonId];

// Built on first use, not at load: a module-level Map is code a bundler must keep, and every page
// that imports the rules would carry it whether or not it names a lesson.
let headings: ReadonlyMap<string, string> | undefined;
function headingsByLink(): ReadonlyMap<string, string> {
  headings ??= new Map(
    Object.entries(LESSON_SECTIONS).flatMap(([lesson, sections]) => sections.map((s): [string, string] => [`/lessons/${lesson}/#${s.id}`, s.heading])),
  );
  return headings;
}

/** A lesson section link with the words a page shows for it (the heading, unless the page words it its own way). */
export interface LabelledLessonLink {
  readonly href: LessonLink;
  readonly label: string;
}

/** True for a link to a section listed here: what case files and other untyped data are checked with. */
export function isLessonLink(href: string): href is LessonLink {
  return headingsByLink().has(href);
}

/**
 * The heading of the section a link points to: the text of every link to it. A quiz read back from
 * JSON is only cast to its type, so a link this build does not know gets a plain fallback, not a throw.
 */
export function lessonHeading(link: LessonLink): string {
  return headingsByLink().get(link) ?? 'The lesson';
}
