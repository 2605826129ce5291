import { closestId } from './closest.ts';
import { FINDING_IDS, isFindingId, type FindingId } from './findings.ts';
import { quote } from './safe-text.ts';
import { parseSessionCount } from './sessions.ts';
import type { Case } from './triage.ts';

export type ParseResult = { ok: true; value: Case } | { ok: false; error: string };

const KEYS: readonly string[] = ['findings', 'sessionsWithoutImprovement'];
const EXAMPLE = '{"findings": ["radiating-leg-pain"]}';

/**
 * Check an untrusted value (a JSON file, a URL parameter, stored state) and turn it into a Case,
 * or say in one line what is wrong with it. Never throws: the checker UI and the CLI show the
 * message as it is.
 */
export function parseCase(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch {
    // Only exotic objects (proxies, throwing getters) get here; JSON never does.
    return fail('the case could not be read; give a plain JSON object such as ' + EXAMPLE);
  }
}

function parse(input: unknown): ParseResult {
  if (!isPlainObject(input)) return fail(`a case must be a JSON object such as ${EXAMPLE}, but got ${describe(input)}`);
  const unknownKeys = Object.keys(input).filter((key) => !KEYS.includes(key));
  if (unknownKeys.length > 0) {
    const names = listQuoted(unknownKeys);
    return fail(`unknown key${unknownKeys.length > 1 ? 's' : ''} ${names} in the case; a case has only "findings" and "sessionsWithoutImprovement"`);
  }
  if (!Object.hasOwn(input, 'findings')) return fail(`the case has no "findings"; give a list of finding ids such as ${EXAMPLE}`);
  const list = input['findings'];
  if (!Array.isArray(list)) return fail(`"findings" must be a list of finding ids, but got ${describe(list)}`);

  const findings: FindingId[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item !== 'string') return fail(`findings[${i}] must be a finding id in quotes, but got ${describe(item)}`);
    if (!isFindingId(item)) {
      const guess = closestId(item, FINDING_IDS);
      return fail(`unknown finding ${quote(item)} at findings[${i}]${guess ? `; did you mean ${quote(guess)}?` : ''}`);
    }
    findings.push(item);
  }

  const sessions = input['sessionsWithoutImprovement'];
  if (sessions === undefined) return { ok: true, value: { findings } };
  const count = parseSessionCount(sessions);
  if (!count.ok) {
    const got = typeof sessions === 'number' ? String(sessions) : describe(sessions);
    return fail(`"sessionsWithoutImprovement" ${count.error}, but got ${got}`);
  }
  return { ok: true, value: { findings, sessionsWithoutImprovement: count.value } };
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function listQuoted(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((name) => quote(name)).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
