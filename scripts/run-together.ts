// Runs npm scripts side by side and fails if any of them fails: `node scripts/run-together.ts check test:unit`.
// `npm test` uses it for steps that read different things and each leave a core idle part of the time
// (`astro check` type-checks on one thread while Vitest's workers run the unit tests): on 2 cores
// together they take about the time of the longer one (issue 17, docs/performance.md).
// Each script's output is held until it ends and then printed whole, so two logs never interleave.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('run-together: name the npm scripts to run, e.g. node scripts/run-together.ts check test:unit');
  process.exit(2);
}

// The npm that runs `npm test` names itself in npm_execpath (its JavaScript entry point); outside npm, the npm on PATH.
const execPath = process.env.npm_execpath;
const npm = execPath ? (/\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : [execPath]) : ['npm'];

function run(name: string): Promise<{ name: string; code: number; seconds: number }> {
  const started = performance.now();
  const child = spawn(npm[0]!, [...npm.slice(1), 'run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') } });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n> ${name}\n${Buffer.concat(output).toString()}`);
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds });
    });
  });
}

const results = await Promise.all(names.map(run));
console.log(`\n${results.map((r) => `${r.name} ${r.code === 0 ? 'passed' : `failed (exit ${r.code})`} in ${r.seconds.toFixed(0)} s`).join(', ')}`);
const failed = results.filter((r) => r.code !== 0);
if (failed.length > 0) process.exit(1);
