import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import GithubSlugger from 'github-slugger';
import { lessonSchema } from '../../../src/content/schemas/lesson.ts';
import { glossarySchema } from '../../../src/content/schemas/glossary.ts';
import { LESSON_SECTIONS } from '../../../src/rules/index.ts';
import { documentedAnchors, documentedSections } from '../helpers/anchors.ts';

// The course as a whole: every lesson complete and every glossary entry pointing at a real section.
const lessonFiles = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx'));
const lessons = lessonFiles.map((file) => {
  const source = readFileSync(`content/lessons/${file}`, 'utf8');
  const [, frontmatter = '', body = ''] = source.split(/^---$/m);
  const slugger = new GithubSlugger();
  const headings = [...body.matchAll(/^(#{2,4})\s+(.+)$/gm)].map((m) => ({ level: m[1]!.length, text: m[2]!.trim(), id: slugger.slug(m[2]!.trim()) }));
  return { id: file.replace(/\.mdx$/, ''), data: parse(frontmatter) as Record<string, unknown>, body, headings };
});

describe('the course', () => {
  it('has the nine lessons of docs/anchors.md, ordered 1 to 9', () => {
    const promised = documentedAnchors();
    expect(lessons.map((l) => l.id).sort()).toEqual([...promised.keys()].sort());
    expect(lessons.map((l) => l.data.order).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('links to the sections src/rules/lessons.ts lists, which docs/anchors.md restates exactly, in course order', () => {
    const typed = Object.entries(LESSON_SECTIONS).map(([lesson, sections]) => [lesson, sections.map(({ id, heading }) => ({ id, heading }))]);
    expect([...documentedSections()]).toEqual(typed);
    const byOrder = [...lessons].sort((a, b) => (a.data.order as number) - (b.data.order as number)).map((l) => l.id);
    expect(Object.keys(LESSON_SECTIONS)).toEqual(byOrder);
    // The id is the heading's slug, so a heading reworded here would move an anchor other pages use.
    for (const sections of Object.values(LESSON_SECTIONS)) {
      for (const { id, heading } of sections) expect(new GithubSlugger().slug(heading), heading).toBe(id);
    }
  });

  for (const lesson of lessons) {
    describe(lesson.id, () => {
      it('has valid frontmatter with objectives and sources', () => {
        const result = lessonSchema.safeParse(lesson.data);
        expect(result.error?.issues ?? []).toEqual([]);
        expect((lesson.data.objectives as string[]).length).toBeGreaterThanOrEqual(2);
      });

      it('has every heading other pages link to, with exactly its text', () => {
        const headings = lesson.headings.filter((h) => h.level === 2).map((h) => ({ id: h.id, heading: h.text }));
        const promised = (LESSON_SECTIONS as Record<string, readonly { id: string; heading: string }[]>)[lesson.id] ?? [];
        expect(promised.length).toBeGreaterThan(0);
        for (const section of promised) expect(headings).toContainEqual(section);
      });

      it('has at least three self-checks and ends with key points', () => {
        expect(lesson.body.match(/<(?:Root)?SelfCheck\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
        expect(lesson.body.match(/<KeyPoints>/g)).toHaveLength(1);
        const afterKeyPoints = lesson.body.slice(lesson.body.lastIndexOf('</KeyPoints>') + '</KeyPoints>'.length);
        expect(afterKeyPoints.trim()).toBe('');
      });

      it('is written in full, not a stub', () => {
        const words = lesson.body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
        expect(words).toBeGreaterThan(1000);
        expect(lesson.body).not.toMatch(/\b(TODO|TBD|lorem ipsum|placeholder)\b/i);
      });
    });
  }
});

describe('the glossary', () => {
  const entries = readdirSync('content/glossary').filter((f) => f.endsWith('.yaml')).map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    data: parse(readFileSync(`content/glossary/${file}`, 'utf8')) as Record<string, unknown>,
  }));

  it('has at least 40 terms', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
  });

  it('every term is valid and points at a lesson section that exists', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const result = glossarySchema.safeParse(entry.data);
      if (!result.success) problems.push(`${entry.id}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const lesson = lessons.find((l) => l.id === entry.data.lesson);
      const section = entry.data.section as string | undefined;
      if (lesson && section && !lesson.headings.some((h) => h.id === section)) problems.push(`${entry.id}: no heading #${section} in ${lesson.id}`);
    }
    expect(problems).toEqual([]);
  });

  it('every lesson links at least three glossary terms', () => {
    for (const lesson of lessons) expect(lesson.body.match(/<Term\b/g)?.length ?? 0, lesson.id).toBeGreaterThanOrEqual(3);
  });
});
