// One Lighthouse mobile run (its default: emulated phone, simulated slow 4G and 4x CPU slowdown)
// against a headless Chromium, through Lighthouse's own CLI so Chrome is launched and closed for us.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { findChromium } from '../browser/chromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Weighted audits that did not pass, as "category: audit title (value)", to say what to fix. */
  misses: string[];
}

interface Audit { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }
interface Report {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

const run = promisify(execFile);
const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** CHROME_PATH, else the full browser from scripts/browser/chromium.ts (what a reader runs), else Lighthouse's own search. */
export function chromePath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const search = findChromium(process.env, 'full browser');
  return search.found ? search.path : undefined;
}

const score = (report: Report, id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);

export async function lighthouse(url: string): Promise<LighthouseScores> {
  const chrome = chromePath();
  const { stdout } = await run(process.execPath, [
    cli, url, '--quiet', '--output=json', '--output-path=stdout',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox',
  ], { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(stdout) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const misses = CATEGORIES.flatMap((category) => (report.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id]!)
    // A performance metric a hair under 1 is noise; elsewhere any miss matters.
    .filter((audit) => audit.score !== null && audit.score < (category === 'performance' ? 0.9 : 1)
      && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
    .map((audit) => `${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`));
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    seo: score(report, 'seo'),
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    misses,
  };
}

/** The run with the median performance score: one slow run on a busy machine does not decide the result. */
export function medianRun(runs: readonly LighthouseScores[]): LighthouseScores {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
