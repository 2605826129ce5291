import { describe, expect, it } from 'vitest';
import { CASE_DIFFICULTIES, CASE_TOPICS } from '../../../src/content/schemas/case.ts';
import { LESSON_SECTIONS } from '../../../src/rules/index.ts';
import { DIFFICULTY_IDS, TOPIC_IDS, difficultyLabel, lessonLinkText, topicLabel } from '../../../src/quiz/labels.ts';

describe('labels', () => {
  it('names every topic and difficulty of the case schema, in its order', () => {
    expect(TOPIC_IDS).toEqual([...CASE_TOPICS]);
    expect(DIFFICULTY_IDS).toEqual([...CASE_DIFFICULTIES]);
    expect(topicLabel('mimic-and-red-flag')).toBe('A mimic with a red flag');
    expect(difficultyLabel('advanced')).toBe('Advanced');
    expect(topicLabel('unknown-topic')).toBe('unknown-topic');
  });

  it('turns every lesson section link into readable text', () => {
    expect(lessonLinkText('/lessons/red-flags-and-referral/#the-session-rule')).toBe('The session rule');
    for (const [lesson, sections] of Object.entries(LESSON_SECTIONS)) {
      for (const section of sections) expect(lessonLinkText(`/lessons/${lesson}/#${section}`)).toMatch(/^[A-Z][a-z0-9 ]+$/);
    }
  });
});
