import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { triage, type Case } from '../../../src/rules/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'triage-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['scripts/triage.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CASE: Case = { findings: ['radiating-leg-pain', 'hip-abductor-pressure-reproduces-pain'], sessionsWithoutImprovement: 1 };

describe('triage CLI', () => {
  it('prints the triage result for a case file and exits 0', () => {
    const { code, stdout, stderr } = run([file('good.json', JSON.stringify(CASE))]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`${JSON.stringify(triage(CASE), null, 2)}\n`);
  });

  it('reads the case from standard input given -', () => {
    const { code, stdout } = run(['-'], JSON.stringify({ findings: ['foot-drop'] }));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(triage({ findings: ['foot-drop'] }));
    expect(JSON.parse(stdout)).toMatchObject({ urgency: 'urgent', rules: [{ id: 'urgent-foot-drop' }] });
  });

  it('prints usage on --help and exits 0', () => {
    const { code, stdout, stderr } = run(['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: npm run --silent triage -- FILE/);
    expect(stdout).toContain('saddle-anesthesia');
  });

  const bad: [string, () => { args: string[]; input?: string }, RegExp][] = [
    ['no argument', () => ({ args: [] }), /^triage: no case file given/],
    ['two arguments', () => ({ args: ['a.json', 'b.json'] }), /^triage: expected one case file, got 2/],
    ['an unknown option', () => ({ args: ['--verbose'] }), /^triage: unknown option "--verbose"/],
    ['a missing file', () => ({ args: [join(dir, 'missing.json')] }), /^triage: cannot read ".*missing\.json": no such file$/],
    ['a directory', () => ({ args: [dir] }), /^triage: cannot read ".*": it is a directory, not a file$/],
    ['an empty file', () => ({ args: [file('empty.json', ' \n')] }), /^triage: ".*empty\.json" is empty; expected a JSON case/],
    ['empty standard input', () => ({ args: ['-'], input: '' }), /^triage: standard input is empty/],
    ['malformed JSON', () => ({ args: [file('broken.json', '{"findings": [\n')] }), /^triage: ".*broken\.json": it is not valid JSON \(.+\)$/],
    [
      'a repeated key, which JSON.parse would silently resolve to the last one',
      () => ({ args: ['-'], input: '{"findings":["saddle-anesthesia"],"findings":[]}' }),
      /^triage: standard input: the key "findings" appears twice in one object \(at line 1, column 35\); give each key once$/,
    ],
    [
      'a session count that only rounds to a whole number',
      () => ({ args: ['-'], input: '{"findings": [], "sessionsWithoutImprovement": 3.0000000000000001}' }),
      /"sessionsWithoutImprovement" must be a whole number from 0 to 52 written without a decimal point or exponent, but got "3\.0000000000000001"$/,
    ],
    ['a huge session count', () => ({ args: ['-'], input: '{"findings": [], "sessionsWithoutImprovement": 1e308}' }), /must be a whole number from 0 to 52, but got 1e\+308$/],
    ['a whole count written as a decimal', () => ({ args: ['-'], input: '{"findings": [], "sessionsWithoutImprovement": 3.0}' }), /written without a decimal point or exponent, but got "3\.0"$/],
    ['a session count over the maximum', () => ({ args: ['-'], input: '{"findings": [], "sessionsWithoutImprovement": 53}' }), /must be a whole number from 0 to 52, but got 53$/],
    ['an endless device', () => ({ args: ['/dev/zero'] }), /^triage: "\/dev\/zero" is larger than 64 KB/],
    ['input over the size limit', () => ({ args: ['-'], input: ' '.repeat(70 * 1024) }), /^triage: standard input is larger than 64 KB/],
    ['bytes that are not UTF-8', () => ({ args: [file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d]) as unknown as string)] }), /is not UTF-8 text/],
    [
      'terminal escapes in the file, never echoed raw',
      () => ({ args: [file('escape.json', '\u001b[2J{"findings":')] }),
      /^triage: ".*escape\.json": it is not valid JSON \(.*\\u001b.*\)$/,
    ],
    [
      'a direction override in a finding id, never echoed raw',
      () => ({ args: ['-'], input: '{"findings": ["x\u202ey"]}' }),
      /^triage: standard input: unknown finding "x\\u202ey" at findings\[0\]$/,
    ],
    [
      'control characters in the file name, never echoed raw',
      () => ({ args: [join(dir, 'bad\u001b[2Jname\u202e.json')] }),
      /^triage: cannot read ".*bad\\u001b\[2Jname\\u202e\.json": no such file$/,
    ],
    ['a list instead of a case', () => ({ args: ['-'], input: '[]' }), /^triage: standard input: a case must be a JSON object .* got a list$/],
    [
      'an unknown finding',
      () => ({ args: ['-'], input: '{"findings": ["foot-dorp"]}' }),
      /^triage: standard input: unknown finding "foot-dorp" at findings\[0\]; did you mean "foot-drop"\?$/,
    ],
    ['a bad session count', () => ({ args: ['-'], input: '{"findings": [], "sessionsWithoutImprovement": -2}' }), /"sessionsWithoutImprovement" must be a whole number .* got -2$/],
    ['an unknown key', () => ({ args: ['-'], input: '{"findings": [], "age": 50}' }), /^triage: standard input: unknown key "age"/],
  ];

  it.each(bad)('rejects %s with one stderr line, no stdout and exit 2', (_, setup, message) => {
    const { args, input } = setup();
    const { code, stdout, stderr } = run(args, input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    // Nothing that can act on a terminal reaches it: no escape, other control or bidi character.
    expect(stderr.trimEnd()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
  });

  it('stops waiting for standard input that never ends, within its time limit', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['scripts/triage.ts', '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^triage: standard input did not end within 10 s/);
  }, 30_000);
});
