import { z } from 'astro/zod';
import { getFinding, isFindingId, isLessonLink, parseSessionCount, triage, URGENCY_LEVELS, SOURCE_IDS, type FindingId, type LessonLink, type SourceId } from '../../rules/index.ts';
import { ROOT_IDS } from '../../data/dermatomes/types.ts';

/** Topics a case exercises; instructors filter by them. */
export const CASE_TOPICS = [
  'emergency',
  'urgent',
  'referral',
  'serious-pathology',
  'session-rule',
  'nerve-root',
  'dermatomes',
  'piriformis',
  'trigger-points',
  'neural-tension',
  'ligament',
  'instability',
  'stenosis',
  'mimic-and-red-flag',
] as const;
export const CASE_DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;

const lessonLink = z.custom<LessonLink>((link) => typeof link === 'string' && isLessonLink(link), {
  error: (issue) => `"${String(issue.input)}" is not a lesson section listed in docs/anchors.md (form: /lessons/<id>/#<section>)`,
});

const findingId = z.string().refine(isFindingId, {
  error: (issue) => `"${String(issue.input)}" is not a finding id of the rules module (src/rules/findings.ts)`,
});

/** The lower-case text a reader sees, where each finding must be mentioned. */
export function caseStoryText(story: { client: string; history: string; reports: string; assessment: string }): string {
  return [story.client, story.history, story.reports, story.assessment].join(' \n').toLowerCase();
}

/** The words that show a finding in a story: its label, its story terms, and the case's own synonyms. */
export function findingMentions(id: FindingId, synonyms: Record<string, string[]> = {}): string[] {
  const finding = getFinding(id);
  return [finding.label, ...finding.storyTerms, ...(synonyms[id] ?? [])].map((w) => w.toLowerCase());
}

/** One client case in `content/cases/<id>.yaml`. The answer key is never written here: triage() computes it. */
export const caseSchema = z
  .object({
    /** A short title naming the presentation without giving the answer away, e.g. "The delivery driver's heel". */
    title: z.string().min(5).max(80),
    story: z.object({
      /** One line: age, work, who they are. */
      client: z.string().min(10),
      /** Relevant history: onset, injuries, what has been tried, sessions so far. */
      history: z.string().min(20),
      /** What the client reports, in plain words. */
      reports: z.string().min(20),
      /** What the therapist finds on assessment. */
      assessment: z.string().min(20),
    }),
    /** The findings behind the story: ids from the rules vocabulary. */
    findings: z.array(findingId).min(1),
    /** Sessions so far without measurable improvement, if the story says so. */
    sessionsWithoutImprovement: z
      .number()
      .refine((n) => parseSessionCount(n).ok, { error: (issue) => `"sessionsWithoutImprovement" ${(parseSessionCount(issue.input) as { error: string }).error}` })
      .optional(),
    topics: z.array(z.enum(CASE_TOPICS)).min(1),
    difficulty: z.enum(CASE_DIFFICULTIES),
    /** Lesson sections the case exercises (form: /lessons/<id>/#<section>). */
    lessons: z.array(lessonLink).min(1),
    /** Extra words that show a finding in this story, by finding id, when its label and story terms do not fit. */
    synonyms: z.record(z.string(), z.array(z.string().min(2))).default({}),
    /** An anatomy question tied to the case: which root's dermatome the symptoms follow. */
    anatomy: z.object({ root: z.enum(ROOT_IDS) }).optional(),
    /** What the author expected; the build fails when the rules decide otherwise. */
    expected: z
      .object({
        urgency: z.enum(URGENCY_LEVELS).optional(),
        topSource: z.enum(SOURCE_IDS as [SourceId, ...SourceId[]]).optional(),
      })
      .optional(),
  })
  .superRefine((data, ctx) => {
    const story = caseStoryText(data.story);
    data.findings.forEach((id, index) => {
      if (!isFindingId(id)) return;
      const words = findingMentions(id, data.synonyms);
      if (!words.some((word) => story.includes(word))) {
        ctx.addIssue({
          code: 'custom',
          path: ['findings', index],
          message: `the story never mentions "${id}": use one of ${words.map((w) => `"${w}"`).join(', ')}, or add a synonym under synonyms.${id}`,
        });
      }
    });
    if (!data.expected || !data.findings.every(isFindingId)) return;
    const result = triage({ findings: data.findings as FindingId[], sessionsWithoutImprovement: data.sessionsWithoutImprovement });
    if (data.expected.urgency && data.expected.urgency !== result.urgency) {
      ctx.addIssue({ code: 'custom', path: ['expected', 'urgency'], message: `the author expected "${data.expected.urgency}" but the rules decide "${result.urgency}"` });
    }
    const top = result.likelySources[0]?.id;
    if (data.expected.topSource && data.expected.topSource !== top) {
      ctx.addIssue({ code: 'custom', path: ['expected', 'topSource'], message: `the author expected "${data.expected.topSource}" as the most likely source but the rules rank "${top ?? 'none'}" first` });
    }
  });

export type CaseData = z.output<typeof caseSchema>;
