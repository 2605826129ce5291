// `npm run bench`: builds the site, serves it, and prints one table with the bytes each page type
// ships and its Lighthouse mobile scores, plus the build time. Options:
//   --dist DIR      build into (and measure) DIR instead of dist/
//   --no-build      measure an existing build (the build time is then not measured)
//   --port N        port for the preview server (default 4330)
//   --runs N        Lighthouse runs per page; the median by performance is reported (default 3)
//   --record FILE   also write the table into FILE between its bench markers (docs/performance.md)
// BUILD_LOCK=FILE runs the build under `flock FILE`, for machines where several builds share a checkout.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listPages, fileForPath } from './dist/pages.ts';
import { weighPage } from './dist/page-assets.ts';
import type { Budgets } from './dist/budgets.ts';
import { BENCH_PAGE_TYPES } from './bench/page-types.ts';
import { chromePath, lighthouse, medianRun, type LighthouseScores } from './bench/lighthouse.ts';
import { formatTable, machineDescription, missedTargets, recordInFile, type BenchRow } from './bench/report.ts';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4330' },
    runs: { type: 'string', default: '3' },
    record: { type: 'string' },
  },
});
const distDir = options.dist;
const port = Number(options.port);
const runs = Math.max(1, Number(options.runs));
// The packages' own entry scripts (their exports maps hide them from require.resolve).
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const pagefindBin = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/** Runs a command and returns its seconds; under BUILD_LOCK the clock starts once the lock is held. */
function timed(label: string, command: string[]): number {
  console.error(`bench: ${label}…`);
  const measure = `const t=performance.now();require('node:child_process').execFileSync(process.argv[1],process.argv.slice(2),{stdio:['ignore','ignore','inherit']});console.log((performance.now()-t)/1000)`;
  const lock = process.env.BUILD_LOCK;
  const [file, ...args] = lock ? ['flock', lock, process.execPath, '-e', measure, ...command] : [process.execPath, '-e', measure, ...command];
  return Number(execFileSync(file!, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim());
}

function build(): string {
  const astro = timed('astro build', [process.execPath, astroBin, 'build', '--outDir', distDir]);
  const pagefind = timed('pagefind', [process.execPath, pagefindBin, '--site', distDir, '--silent']);
  return `${(astro + pagefind).toFixed(1)} s (astro build ${astro.toFixed(1)} s, Pagefind index ${pagefind.toFixed(1)} s)`;
}

async function serve(): Promise<ChildProcess> {
  // --ignore-lock: another preview server of this checkout may be running; ours is separate.
  const server = spawn(process.execPath, [astroBin, 'preview', '--ignore-lock', '--port', String(port), '--host', 'localhost', '--outDir', distDir], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`bench: the preview server did not answer on port ${port}`);
}

async function measure(path: string): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouse(`http://localhost:${port}${path}`));
  return medianRun(results);
}

const buildTime = options['no-build'] ? 'not measured (--no-build)' : build();
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;
const pages = listPages(distDir);
const server = await serve();
const rows: BenchRow[] = [];
try {
  for (const type of BENCH_PAGE_TYPES) {
    const path = type.pick(pages, budgets);
    if (!path) {
      rows.push({ type });
      continue;
    }
    console.error(`bench: Lighthouse ×${runs} on ${path} (${type.name})…`);
    const { js, css, html } = weighPage(distDir, path, fileForPath(distDir, path));
    rows.push({ type, path, bytes: { js, css, html }, scores: await measure(path) });
  }
} finally {
  server.kill();
}

const date = new Date().toISOString().slice(0, 10);
const misses = rows.flatMap(missedTargets);
const notes = rows.filter((row) => row.scores && row.scores.misses.length > 0)
  .map((row) => `- ${row.type.name}: ${row.scores!.misses.join('; ')}`);
const report = [
  `Measured ${date} on ${machineDescription(chromePath())}.`,
  `Lighthouse 13 mobile (emulated phone, simulated slow 4G, 4× CPU slowdown), median of ${runs} run${runs === 1 ? '' : 's'} by performance score.`,
  'Bytes count everything a page can load (JS includes lazily imported chunks); KB are 1024 bytes.',
  '',
  formatTable(rows),
  '',
  `Build time: ${buildTime}.`,
  '',
  misses.length === 0 ? 'Targets: all met.' : `Targets missed:\n${misses.map((m) => `- ${m}`).join('\n')}`,
  ...(notes.length > 0 ? ['', 'Audits that did not pass (in the reported run):', ...notes] : []),
].join('\n');
console.log(report);
if (options.record) recordInFile(options.record, report);
