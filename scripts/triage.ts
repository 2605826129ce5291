// Triage one case from the command line: `npm run --silent triage -- case.json` (or `-` to read
// standard input). The result goes to stdout as JSON so it can be piped; any problem with the input
// is one `triage: ` line on stderr and exit code 2, so scripts can tell bad input from a result.
// Input is untrusted: its size and reading time are bounded, repeated keys are refused, and no
// error line echoes control or direction-changing characters from the input or the file name.
import { createReadStream } from 'node:fs';
import { parseStrictJson } from '../src/lib/strict-json.ts';
import { FINDINGS, MAX_SESSIONS, URGENCY_LEVELS, parseCase, parseSessionCount, printable, quote, triage } from '../src/rules/index.ts';

/** A case is a few hundred bytes; 64 KB leaves room for any real one and stops /dev/zero at once. */
const MAX_BYTES = 64 * 1024;
/** Standard input that has not ended by then is not a case file being piped in. */
const STDIN_SECONDS = 10;

const LEVELS = [...URGENCY_LEVELS.filter((l) => l !== 'in-scope'), 'clue'] as const;
const USAGE = `Usage: npm run --silent triage -- FILE
       npm run --silent triage -- - < case.json

Reads a case, a JSON object such as
  {"findings": ["radiating-leg-pain", "slr-positive"], "sessionsWithoutImprovement": 2}
and prints the triage result (urgency, fired rules, likely sources, advice) as JSON.
Urgency is one of: ${URGENCY_LEVELS.join(', ')}.
"sessionsWithoutImprovement" is a whole number from 0 to ${MAX_SESSIONS}. Files over ${MAX_BYTES / 1024} KB are refused.
Exit codes: 0 result printed, 2 the input could not be used (reason on stderr).

Finding ids, by the level each raises a case to on its own:
${LEVELS.map((level) => `  ${level}:\n${FINDINGS.filter((f) => f.level === level).map((f) => `    ${f.id}`).join('\n')}`).join('\n')}
`;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function fail(problem: string): never {
  // One line, and nothing from the input can act on the terminal.
  process.stderr.write(`triage: ${printable(problem.replace(/[\r\n\t]+/g, ' ').trim(), 400)}\n`);
  process.exit(2);
}

/** The whole input as UTF-8 text, or a failure once it passes MAX_BYTES or standard input stalls. */
function readInput(path: string, where: string): Promise<string> {
  return new Promise((resolve) => {
    const stream = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 16 * 1024 });
    const chunks: Buffer[] = [];
    let size = 0;
    const timer =
      path === '-'
        ? setTimeout(() => fail(`${where} did not end within ${STDIN_SECONDS} s; pipe a case file in, or give its name`), STDIN_SECONDS * 1000)
        : undefined;
    stream.on('data', (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > MAX_BYTES) fail(`${where} is larger than ${MAX_BYTES / 1024} KB; a case file is a small JSON object`);
      chunks.push(buffer);
    });
    stream.on('error', (error: NodeJS.ErrnoException) => fail(`cannot read ${where}: ${READ_ERRORS[error.code ?? ''] ?? error.message}`));
    stream.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
      } catch {
        fail(`${where} is not UTF-8 text; expected a JSON case such as {"findings": ["radiating-leg-pain"]}`);
      }
    });
  });
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (args.length === 0) fail('no case file given; usage: npm run --silent triage -- FILE (or - for standard input)');
const unknownOption = args.find((arg) => arg.startsWith('-') && arg !== '-');
if (unknownOption) fail(`unknown option ${quote(unknownOption)}; see --help`);
if (args.length > 1) fail(`expected one case file, got ${args.length}: ${args.slice(0, 3).map((a) => quote(a)).join(' ')}`);

const path = args[0] ?? '-';
const name = path === '-' ? 'standard input' : quote(path, 80);
const text = (await readInput(path, name)).replace(/^\uFEFF/, '');
if (text.trim() === '') fail(`${name} is empty; expected a JSON case such as {"findings": ["radiating-leg-pain"]}`);

const json = parseStrictJson(text);
if (!json.ok) fail(`${name}: ${json.error}`);

// JSON.parse reads 3.0000000000000001 as 3: a count that only rounds to a valid one must be refused
// here, where the source text is still known (parseCase below explains every other bad count).
const sessionsText = json.numberText(['sessionsWithoutImprovement']);
const sessionsValue = (json.value as { sessionsWithoutImprovement?: unknown } | null)?.sessionsWithoutImprovement;
if (sessionsText !== undefined && parseSessionCount(sessionsValue).ok && !/^(0|[1-9][0-9]*)$/.test(sessionsText)) {
  fail(`${name}: "sessionsWithoutImprovement" must be a whole number from 0 to ${MAX_SESSIONS} written without a decimal point or exponent, but got ${quote(sessionsText)}`);
}

const parsed = parseCase(json.value);
if (!parsed.ok) fail(`${name}: ${parsed.error}`);
process.stdout.write(`${JSON.stringify(triage(parsed.value), null, 2)}\n`);
