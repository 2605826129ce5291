// The benchmark's one table (Markdown, so the same text prints in a terminal and lands in
// docs/performance.md), the machine it ran on, and the list of targets missed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Weight } from '../dist/page-assets.ts';
import type { LighthouseScores } from './lighthouse.ts';
import { MIN_OTHER_SCORES, type BenchPageType } from './page-types.ts';

export interface BenchRow {
  type: BenchPageType;
  /** Undefined when the site has no page of this type yet. */
  path?: string;
  bytes?: { js: Weight; css: Weight; html: Weight };
  scores?: LighthouseScores;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const pair = (w: Weight) => `${kb(w.raw)} / ${kb(w.gzip)}`;

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['page type', 'page', 'JS KB raw / gz', 'CSS KB raw / gz', 'HTML KB raw / gz', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'targets'];
  const body = rows.map(({ type, path, bytes, scores: s }) => {
    if (!path || !bytes || !s) return [type.name, '(not built yet)', '', '', '', '', '', '', '', '', '', '', 'skipped'];
    return [
      type.name, `\`${path}\``, pair(bytes.js), pair(bytes.css), pair(bytes.html),
      String(s.performance), String(s.accessibility), String(s.bestPractices), String(s.seo),
      `${(s.lcpMs / 1000).toFixed(1)} s`, `${Math.round(s.tbtMs)} ms`, s.cls.toFixed(3),
      missedTargets({ type, path, bytes, scores: s }).length === 0 ? 'met' : 'MISSED',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i < 2 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** One sentence per target a measured row misses. */
export function missedTargets(row: BenchRow): string[] {
  const s = row.scores;
  if (!s) return [];
  const misses: string[] = [];
  if (s.performance < row.type.minPerformance) misses.push(`${row.type.name} (${row.path}): performance ${s.performance}, target ${row.type.minPerformance}`);
  for (const [name, value] of [['accessibility', s.accessibility], ['best practices', s.bestPractices], ['SEO', s.seo]] as const) {
    if (value < MIN_OTHER_SCORES) misses.push(`${row.type.name} (${row.path}): ${name} ${value}, target ${MIN_OTHER_SCORES}`);
  }
  return misses;
}

function chromiumVersion(chrome: string | undefined): string {
  if (!chrome) return 'Chromium found by Lighthouse';
  try {
    return execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on.*/, '');
  } catch {
    return chrome;
  }
}

function osName(): string {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? process.platform;
}

/** The machine in one line; headless Chromium here has no GPU, so pages render in software. */
export function machineDescription(chrome: string | undefined): string {
  const gib = Math.round(totalmem() / 2 ** 30);
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${gib} GiB RAM, ${osName()}, Node ${process.version}, ${chromiumVersion(chrome)} headless (software rendering)`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of a Markdown file (between the bench markers), keeping the hand-written notes around it. */
export function recordInFile(file: string, generated: string): void {
  const block = `${START}\n${generated}\n${END}`;
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = existing.indexOf(START);
  const end = existing.indexOf(END);
  const next = start >= 0 && end > start
    ? existing.slice(0, start) + block + existing.slice(end + END.length)
    : `${existing}${existing ? '\n' : ''}${block}\n`;
  writeFileSync(file, next);
}
