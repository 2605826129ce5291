// `npm test`'s first step: make sure the end-to-end suite has a Chromium before anything slow runs.
// With none found, it installs Playwright's own (`playwright install chromium`) and says so; when that
// cannot work (no internet, a proxy, a read-only cache) it stops at once with one line saying what to
// install, instead of failing half-way through the suite.
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { createRequire } from 'node:module';
import { describeSource, findChromium, SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL } from './browser/chromium.ts';

const WHAT_TO_INSTALL = `install Chromium (Debian/Ubuntu: apt-get install chromium-headless-shell, which gives ${SYSTEM_HEADLESS_SHELL}, or chromium, which gives ${SYSTEM_CHROMIUM}) or set CHROMIUM_PATH to a Chromium or Chrome, then run the tests again`;

function stop(reason: string): never {
  console.error(`tests: ${reason}; ${WHAT_TO_INSTALL}.`);
  process.exit(1);
}

const before = findChromium();
if (before.found) {
  console.log(`tests: Chromium ${before.path} (${describeSource(before.source)})`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) stop(before.problem);

// Playwright retries a failed download for about 25 s; a name that does not resolve fails in
// milliseconds, so look it up first (unless a proxy does the lookups for us).
const host = new URL(process.env.PLAYWRIGHT_DOWNLOAD_HOST ?? 'https://cdn.playwright.dev').hostname;
if (!process.env.HTTPS_PROXY && !process.env.https_proxy) {
  const reachable = await Promise.race([
    lookup(host).then(() => undefined, (error: NodeJS.ErrnoException) => error.code ?? 'lookup failed'),
    new Promise<string>((resolve) => setTimeout(resolve, 5_000, 'no answer in 5 s').unref()),
  ]);
  if (reachable) stop(`${before.problem}, and Playwright's download host ${host} cannot be reached (${reachable})`);
}

console.log(`tests: ${before.problem}; installing Playwright's Chromium once (npx playwright install chromium, a one-time download)…`);
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const install = spawnSync(process.execPath, [cli, 'install', 'chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const after = findChromium();
if (install.status === 0 && after.found) {
  console.log(`tests: installed Playwright's Chromium at ${after.path}`);
} else {
  // Playwright prints one stack trace per retry; its first error line says what went wrong.
  const cause = `${install.stderr}\n${install.stdout}`.split('\n').find((line) => line.startsWith('Error: '))?.slice('Error: '.length);
  stop(`no Chromium, and Playwright could not download its own${cause ? ` (${cause.trim()})` : ''}`);
}
