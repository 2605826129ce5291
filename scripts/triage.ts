// Triage one case from the command line: `npm run --silent triage -- case.json` (or `-` to read
// standard input). The result goes to stdout as JSON so it can be piped; any problem with the input
// is one `triage: ` line on stderr and exit code 2, so scripts can tell bad input from a result.
import { readFileSync } from 'node:fs';
import { FINDINGS, parseCase, triage } from '../src/rules/index.ts';

const USAGE = `Usage: npm run --silent triage -- FILE
       npm run --silent triage -- - < case.json

Reads a case, a JSON object such as
  {"findings": ["radiating-leg-pain", "slr-positive"], "sessionsWithoutImprovement": 2}
and prints the triage result (urgency, fired rules, likely sources, advice) as JSON.
Exit codes: 0 result printed, 2 the input could not be used (reason on stderr).

Finding ids:
${(['emergency', 'referral', 'clue'] as const)
  .map((kind) => `  ${kind}:\n${FINDINGS.filter((f) => f.kind === kind).map((f) => `    ${f.id}`).join('\n')}`)
  .join('\n')}
`;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function fail(problem: string): never {
  // Newlines from a file name or a JSON error would split the one-line contract, so flatten them.
  process.stderr.write(`triage: ${problem.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const where = path === '-' ? 'standard input' : JSON.stringify(path);
    fail(`cannot read ${where}: ${READ_ERRORS[code] ?? (error as Error).message}`);
  }
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (args.length === 0) fail('no case file given; usage: npm run --silent triage -- FILE (or - for standard input)');
const unknownOption = args.find((arg) => arg.startsWith('-') && arg !== '-');
if (unknownOption) fail(`unknown option ${JSON.stringify(unknownOption)}; see --help`);
if (args.length > 1) fail(`expected one case file, got ${args.length}: ${args.map((a) => JSON.stringify(a)).join(' ')}`);

const path = args[0] ?? '-';
const name = path === '-' ? 'standard input' : JSON.stringify(path);
const text = readInput(path).replace(/^\uFEFF/, '');
if (text.trim() === '') fail(`${name} is empty; expected a JSON case such as {"findings": ["radiating-leg-pain"]}`);

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(`${name} is not valid JSON (${(error as Error).message})`);
}

const parsed = parseCase(json);
if (!parsed.ok) fail(`${name}: ${parsed.error}`);
process.stdout.write(`${JSON.stringify(triage(parsed.value), null, 2)}\n`);
