import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, parseAssignDraft, serializeAssignDraft } from '../../../src/quiz/saved/assign-draft.ts';
import { parseAssignmentProgress, progressKey, serializeAssignmentProgress } from '../../../src/quiz/saved/assignment-progress.ts';
import { FIXTURE_QUIZZES } from './quiz-fixtures.ts';

const known = new Set(['fixture-lift', 'fixture-runner']);
const questions = FIXTURE_QUIZZES.flatMap((q) => q.questions);

describe('the assign page draft', () => {
  it('reads back what it wrote, the title exactly as typed (even when invalid)', () => {
    const draft = { title: '  <b>Week 6</b> 👩‍⚕️ ', caseIds: ['fixture-runner', 'fixture-lift'], order: 'shuffled' as const, seed: '12a' };
    expect(parseAssignDraft(serializeAssignDraft(draft), known)).toEqual(draft);
  });

  it('drops unknown and repeated cases, and anything not a draft', () => {
    expect(parseAssignDraft('{"version":1,"caseIds":["fixture-lift","nope","fixture-lift",7],"order":"sideways"}', known)).toEqual({ ...EMPTY_DRAFT, caseIds: ['fixture-lift'] });
    for (const raw of [null, '', 'x', '[]', '{"version":2}', '{"version":1,"title":5}']) expect(parseAssignDraft(raw, known).title).toBe('');
  });

  it('property: never throws, always gives a well-formed draft', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.jsonValue().map((v) => JSON.stringify({ version: 1, caseIds: v, title: v, seed: v }))), (raw) => {
        const draft = parseAssignDraft(raw, known);
        expect(typeof draft.title).toBe('string');
        expect(typeof draft.seed).toBe('string');
        expect(['fixed', 'shuffled']).toContain(draft.order);
        expect(draft.caseIds.every((id) => known.has(id))).toBe(true);
        expect(new Set(draft.caseIds).size).toBe(draft.caseIds.length);
      }),
    );
  });
});

describe('a student’s kept progress', () => {
  const progress = {
    first: new Map([['fixture-lift/urgency', ['refer']], ['fixture-lift/drivers', ['a', 'c']]]),
    current: new Map([['fixture-lift/urgency', ['emergency']]]),
    finishedAt: '2026-11-23T14:05:00.000Z',
    name: ' Dr 👩‍⚕️ Rivera ',
  };

  it('reads back what it wrote, the name exactly', () => {
    expect(parseAssignmentProgress(serializeAssignmentProgress(progress), questions)).toEqual(progress);
  });

  it('drops unknown questions and options, and two answers to a one-answer question', () => {
    const raw = JSON.stringify({ version: 1, first: { 'fixture-lift/urgency': ['refer', 'emergency'], 'nope/x': ['a'], 'fixture-lift/drivers': ['a', 'zz'] }, current: {}, finishedAt: 'yesterday', name: 3 });
    expect(parseAssignmentProgress(raw, questions)).toEqual({ first: new Map([['fixture-lift/drivers', ['a']]]), current: new Map(), name: '' });
  });

  it('is kept per assignment: the same link finds it, another assignment never does', () => {
    const a = progressKey({ title: 'Week 3', caseIds: ['fixture-lift'] });
    expect(progressKey({ title: 'Week 3', caseIds: ['fixture-lift'] })).toBe(a);
    expect(progressKey({ title: 'Week 3', caseIds: ['fixture-lift'], seed: 1 })).not.toBe(a);
    expect(progressKey({ title: 'Week 4', caseIds: ['fixture-lift'] })).not.toBe(a);
  });

  it('property: never throws on anything stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify({ version: 1, first: v, current: v, name: v, finishedAt: v }))), (raw) => {
        const read = parseAssignmentProgress(raw, questions);
        for (const [id, chosen] of read.first) expect(questions.find((q) => q.id === id)!.options.map((o) => o.id)).toEqual(expect.arrayContaining(chosen));
      }),
    );
  });
});
