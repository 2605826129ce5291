import { describe, expect, it } from 'vitest';
import { CASE_DIFFICULTIES, CASE_TOPICS } from '../../../src/content/schemas/case.ts';
import { LESSON_SECTIONS, lessonHeading, type LessonLink } from '../../../src/rules/index.ts';
import { DIFFICULTY_IDS, TOPIC_IDS, difficultyLabel, topicLabel } from '../../../src/quiz/labels.ts';

describe('labels', () => {
  it('names every topic and difficulty of the case schema, in its order', () => {
    expect(TOPIC_IDS).toEqual([...CASE_TOPICS]);
    expect(DIFFICULTY_IDS).toEqual([...CASE_DIFFICULTIES]);
    expect(topicLabel('mimic-and-red-flag')).toBe('A mimic with a red flag');
    expect(difficultyLabel('advanced')).toBe('Advanced');
    expect(topicLabel('unknown-topic')).toBe('unknown-topic');
  });

  it('names every lesson section link by its heading, punctuation and all', () => {
    expect(lessonHeading('/lessons/red-flags-and-referral/#the-session-rule')).toBe('The session rule');
    expect(lessonHeading('/lessons/nerve-root-problems/#stenosis-bone-spurs-and-tumours')).toBe('Stenosis, bone spurs and tumours');
    expect(lessonHeading('/lessons/red-flags-and-referral/#red-flag-checker')).toBe('Red-flag checker');
    for (const [lesson, sections] of Object.entries(LESSON_SECTIONS)) {
      for (const { id, heading } of sections) expect(lessonHeading(`/lessons/${lesson}/#${id}` as LessonLink)).toBe(heading);
    }
    // A quiz read back from JSON may carry a link this build does not know.
    expect(lessonHeading('/lessons/a-newer-lesson/#a-section' as LessonLink)).toBe('The lesson');
  });
});
