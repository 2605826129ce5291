import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAssignmentResult, serializeResult } from '../../../src/quiz/assignment-result.ts';
import { classCsv, classTable, csvField } from '../../../src/quiz/class-results/class-table.ts';
import { readResultFile, resultAssignmentKey } from '../../../src/quiz/class-results/read-result.ts';
import { FIXTURE_QUIZZES } from './quiz-fixtures.ts';

const assignment = { title: 'Week 3: referral', caseIds: ['fixture-lift', 'fixture-runner'] };
const completedAt = new Date('2026-11-23T14:05:00Z');
const right = { 'fixture-lift/urgency': ['emergency'], 'fixture-lift/drivers': ['a', 'b', 'c'], 'fixture-runner/anatomy': ['S1'], 'fixture-runner/drivers': ['a'] };
function file(name: string, wrong: (keyof typeof right)[]): string {
  const answers = Object.entries(right).map(([questionId, chosen]) => ({ questionId, chosen: wrong.includes(questionId as keyof typeof right) ? ['x-none'] : chosen }));
  return serializeResult(buildAssignmentResult({ assignment, quizzes: FIXTURE_QUIZZES, answers, name, completedAt }));
}

describe('reading a result file', () => {
  it('accepts a file as written, flags an edited one, refuses the rest with a reason', () => {
    const good = file('Ana', []);
    const ok = readResultFile(good);
    expect(ok).toMatchObject({ kind: 'ok', edited: false });
    if (ok.kind !== 'ok') throw new Error('unreachable');
    expect(readResultFile(good, resultAssignmentKey(ok.result)).kind).toBe('ok');
    expect(readResultFile(good.replace('"name": "Ana"', '"name": "Bob"'))).toMatchObject({ kind: 'ok', edited: true });
    expect(readResultFile(good.replace(/\s*"checksum": "[^"]+"/, '').replace(/,(\s*})\s*$/, '$1'))).toMatchObject({ kind: 'ok', edited: true });
    expect(readResultFile('not json')).toMatchObject({ kind: 'refused', reason: 'not-json' });
    expect(readResultFile('{"format":"something-else"}')).toMatchObject({ kind: 'refused', reason: 'not-result' });
    expect(readResultFile(good.replace('"caseIds": [', '"caseIds": 7, "x": ['))).toMatchObject({ kind: 'refused' });
    expect(readResultFile(good, '?t=Other&c=fixture-lift')).toMatchObject({ kind: 'refused', reason: 'other-assignment' });
    expect(readResultFile(' '.repeat(2_000_001))).toMatchObject({ kind: 'refused', reason: 'too-big' });
  });

  it('property: never throws, and random JSON is never taken for a result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(readResultFile(text).kind).toBe('refused');
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(readResultFile(JSON.stringify(value) ?? 'null').kind).toBe('refused');
      }),
    );
  });
});

describe('the class table', () => {
  const entries = [
    { fileName: 'zoe.json', name: 'Zoë', wrong: ['fixture-lift/urgency', 'fixture-runner/drivers'] as (keyof typeof right)[] },
    { fileName: 'ana.json', name: 'Ana', wrong: ['fixture-lift/urgency'] as (keyof typeof right)[] },
    { fileName: 'eq.json', name: '=HYPERLINK("x")', wrong: [] as (keyof typeof right)[] },
  ].map(({ fileName, name, wrong }) => {
    const reading = readResultFile(file(name, wrong));
    if (reading.kind !== 'ok') throw new Error('fixture');
    return { fileName, result: reading.result, edited: fileName === 'zoe.json' };
  });
  const table = classTable(entries);

  it('has a row per student sorted by name and a column per question in the students’ order', () => {
    expect(table.title).toBe('Week 3: referral');
    expect(table.columns.map((c) => c.label)).toEqual(['Case 1, how urgent', 'Case 1, findings that decide it', 'Case 2, which dermatome', 'Case 2, findings that decide it']);
    expect(table.rows.map((r) => [r.name, r.right, r.edited])).toEqual([['=HYPERLINK("x")', 4, false], ['Ana', 3, false], ['Zoë', 2, true]]);
    expect(table.rows[2]!.cells).toEqual([false, true, true, false]);
  });

  it('lists the questions most got wrong, most first', () => {
    expect(table.mostMissed.map((q) => [q.label, q.wrong, q.answered])).toEqual([['Case 1, how urgent', 2, 3], ['Case 2, findings that decide it', 1, 3]]);
  });

  it('writes CSV a spreadsheet reads safely: quoted fields, formulas made text, CRLF, BOM', () => {
    const csv = classCsv(table);
    expect(csv.startsWith('\uFEFFStudent,File,Completed,File check,Right,Questions,Percent,"Case 1, how urgent: The lift: {special} = case #1",')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",eq.json,2026-11-23T14:05:00.000Z,as downloaded,4,4,100,1,1,1,1`);
    expect(lines[3]).toBe('Zoë,zoe.json,2026-11-23T14:05:00.000Z,edited: checksum does not match,2,4,50,0,1,1,0');
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(-1)).toBe('-1');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});
