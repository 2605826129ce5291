import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_CASE,
  authoredCaseId,
  authoredCaseProblems,
  caseLessons,
  decodeAuthoredCase,
  encodeAuthoredCase,
  readAuthoredCase,
  toCaseInput,
  type AuthoredCase,
} from '../../../src/authoring/authored-case.ts';
import { caseYaml } from '../../../src/authoring/case-yaml.ts';
import { parse as parseYaml } from 'yaml';
import { caseSchema } from '../../../src/content/schemas/case.ts';
import { buildCaseQuiz } from '../../../src/quiz/build-quiz.ts';
import { FINDINGS, MAX_SESSIONS, parseSessionCount } from '../../../src/rules/index.ts';

const good: AuthoredCase = {
  title: 'The night-shift nurse 👩‍⚕️',
  story: {
    client: 'Priya, 44, a nurse on night shifts.',
    history: 'Two weeks ago she lifted a patient awkwardly and felt her back twinge.',
    reports: 'Since yesterday she has numbness in the saddle area and trouble passing urine.',
    assessment: 'She walks stiffly and guards her lower back when she sits down.',
  },
  findings: ['saddle-anesthesia', 'bladder-bowel-change'],
  sessions: '',
  difficulty: 'foundation',
  topics: ['emergency'],
};

describe('a case an instructor writes', () => {
  it('has no problems when complete, and the rules compute its quiz', () => {
    expect(authoredCaseProblems(good)).toEqual([]);
    const quiz = buildCaseQuiz(authoredCaseId(good.title), toCaseInput(good));
    expect(quiz.caseId).toBe('own-the-night-shift-nurse');
    expect(quiz.questions[0]!.kind).toBe('urgency');
    expect(quiz.questions[0]!.options.find((o) => o.correct)!.id).toBe('emergency');
  });

  it('gives one message per field, and names a finding the story does not mention', () => {
    const problems = authoredCaseProblems({ ...EMPTY_CASE, findings: ['fever'], sessions: '60', topics: ['nope'] });
    expect(problems.map((p) => p.field)).toEqual(['title', 'client', 'history', 'reports', 'assessment', 'findings', 'sessions', 'difficulty', 'topics']);
    expect(problems.find((p) => p.field === 'findings')!.message).toMatch(/^The story never mentions “/);
    expect(authoredCaseProblems({ ...good, title: 'Bad \u202E title' })[0]!.message).toMatch(/U\+202E/);
  });

  it('checks the session count as the checker and the case files do: the rules’ one validator and maximum', () => {
    const sessionsProblem = (sessions: string) => authoredCaseProblems({ ...good, sessions }).find((p) => p.field === 'sessions')?.message;
    for (const typed of ['', ' ', '0', ' 7 ', String(MAX_SESSIONS)]) expect(sessionsProblem(typed), typed).toBeUndefined();
    for (const typed of [String(MAX_SESSIONS + 1), '3.5', '-1', 'four', '1e1']) {
      expect(sessionsProblem(typed), typed).toBe(`Sessions without improvement ${(parseSessionCount(typed, { text: true }) as { error: string }).error}, or left empty.`);
    }
    expect(sessionsProblem('53')).toBe('Sessions without improvement must be a whole number from 0 to 52, or left empty.');
    expect(toCaseInput({ ...good, sessions: ' 07 ' }).sessionsWithoutImprovement).toBe(7);
    expect(toCaseInput(good).sessionsWithoutImprovement).toBeUndefined();
  });

  it('its YAML passes the library’s case schema', () => {
    const parsed = caseSchema.safeParse(parseYaml(caseYaml(good)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data!.lessons).toEqual(caseLessons(good.findings));
  });

  it('survives the link, in any script', () => {
    const decoded = decodeAuthoredCase(encodeAuthoredCase(good));
    expect(decoded).toEqual({ ok: true, draft: good });
    expect(encodeAuthoredCase(good)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('property: a link’s x part never throws and opens only a case with no problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String().map((s) => s.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'))), (x) => {
        const decoded = decodeAuthoredCase(x);
        if (decoded.ok) expect(authoredCaseProblems(decoded.draft)).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readAuthoredCase(value);
        expect(read.findings.every((id) => FINDINGS.some((f) => f.id === id))).toBe(true);
      }),
    );
  });
});

describe('the share link with a case of your own', () => {
  it('carries it in the x part, with or without library cases, and refuses a malformed one', async () => {
    const { buildAssignmentQuery, parseAssignmentLink } = await import('../../../src/quiz/assignment-link.ts');
    const ownCase = encodeAuthoredCase(good);
    const query = buildAssignmentQuery({ title: good.title, caseIds: [], ownCase });
    expect(parseAssignmentLink(query, ['warehouse-lift'])).toEqual({ ok: true, assignment: { title: good.title, caseIds: [], ownCase } });
    expect(parseAssignmentLink(`${query.replace('&c=', '&c=warehouse-lift')}`, ['warehouse-lift'])).toMatchObject({ ok: true, assignment: { caseIds: ['warehouse-lift'] } });
    const bad = parseAssignmentLink('?t=Own&c=&x=<script>', ['warehouse-lift']);
    expect(bad).toEqual({ ok: false, problems: ['The case written by your instructor (the x part of the link) is damaged or cut off; ask for the link again.'] });
    expect(parseAssignmentLink('?t=Own&c=', ['warehouse-lift'])).toMatchObject({ ok: false, problems: ['No case is chosen. An assignment needs at least one case.'] });
  });
});
