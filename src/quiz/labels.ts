/**
 * Display names for case topics, difficulties, story parts and question kinds. Types come from the case schema's
 * lists, so adding a topic there without a name here fails the type check.
 *
 *   topicLabel('mimic-and-red-flag') // 'A mimic with a red flag'
 */
import type { CASE_DIFFICULTIES, CASE_TOPICS } from '../content/schemas/case.ts';
import type { QuestionKind } from './types.ts';

export type CaseTopic = (typeof CASE_TOPICS)[number];
export type CaseDifficulty = (typeof CASE_DIFFICULTIES)[number];

export const TOPIC_LABELS: Readonly<Record<CaseTopic, string>> = {
  emergency: 'Emergencies',
  urgent: 'Same-day assessment',
  referral: 'Referral signs',
  'serious-pathology': 'Possible serious pathology',
  'session-rule': 'The session rule',
  'nerve-root': 'Nerve-root patterns',
  dermatomes: 'Dermatomes',
  piriformis: 'Piriformis',
  'trigger-points': 'Trigger points',
  'neural-tension': 'Neural tension',
  ligament: 'Ligament causes',
  instability: 'Spinal instability',
  stenosis: 'Spinal stenosis',
  'mimic-and-red-flag': 'A mimic with a red flag',
};

/** Easiest first: the order lists and filters use. */
export const DIFFICULTY_LABELS: Readonly<Record<CaseDifficulty, string>> = {
  foundation: 'Foundation',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** The four parts of a case's story, in reading order. */
export const STORY_PARTS = ['client', 'history', 'reports', 'assessment'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

/** The story parts' names on the site: the quiz pages and the case-writing form. */
export const STORY_LABELS: Readonly<Record<StoryPart, string>> = {
  client: 'The client',
  history: 'History',
  reports: 'What they report',
  assessment: 'What you find',
};

/** Short names of the questions: the quiz's review list at the end and the class results' column headers. */
export const KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  urgency: 'How urgent',
  source: 'Most likely source',
  drivers: 'Findings that decide it',
  anatomy: 'Which dermatome',
};

export const TOPIC_IDS = Object.keys(TOPIC_LABELS) as CaseTopic[];
export const DIFFICULTY_IDS = Object.keys(DIFFICULTY_LABELS) as CaseDifficulty[];

/** A topic's name, or the id itself for a topic this build does not know (a newer quizzes.json). */
export function topicLabel(id: string): string {
  return (TOPIC_LABELS as Record<string, string>)[id] ?? id;
}

export function difficultyLabel(id: string): string {
  return (DIFFICULTY_LABELS as Record<string, string>)[id] ?? id;
}
