// Which Chromium the end-to-end tests (and the bench) use, decided in one place. Playwright's config,
// `npm test`'s browser step, the icon script and the bench all ask this module, so they cannot disagree.
//
// The tests prefer Chromium's headless shell (Debian's `chromium-headless-shell`, the same Blink and V8
// as the browser without its windowing layers; Playwright's own download uses the same build for
// headless runs). On this 2-core machine it ran the 275 end-to-end tests in 3.7 min where the full
// browser in its new headless mode took 7.8 to 9.4 min: the suite is CPU-bound, and the full browser
// spends CPU on a compositor and browser UI that no test looks at (issue 17, docs/performance.md).
// Lighthouse measures what a reader's browser does, so the bench prefers the full browser.
import { accessSync, constants } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system headless shell' | 'system' | 'playwright';

/** `tests`: the headless shell first (fastest); `full browser`: the whole browser first (Lighthouse). */
export type ChromiumUse = 'tests' | 'full browser';

export type ChromiumSearch =
  | { found: true; path: string; source: ChromiumSource }
  | { found: false; problem: string };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const SYSTEM_ORDER: Record<ChromiumUse, { path: string; source: ChromiumSource }[]> = {
  tests: [{ path: SYSTEM_HEADLESS_SHELL, source: 'system headless shell' }, { path: SYSTEM_CHROMIUM, source: 'system' }],
  'full browser': [{ path: SYSTEM_CHROMIUM, source: 'system' }, { path: SYSTEM_HEADLESS_SHELL, source: 'system headless shell' }],
};

/**
 * CHROMIUM_PATH when set (and it must then be executable), else the system's headless shell or full
 * Chromium in the order `use` prefers, else Playwright's own download. `executable` and `playwrightPath`
 * are there for the unit test.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  use: ChromiumUse = 'tests',
  executable: (path: string) => boolean = isExecutable,
  playwrightPath: () => string = () => chromium.executablePath(),
): ChromiumSearch {
  const named = env.CHROMIUM_PATH;
  if (named !== undefined && named !== '') {
    return executable(named)
      ? { found: true, path: named, source: 'CHROMIUM_PATH' }
      : { found: false, problem: `CHROMIUM_PATH is ${JSON.stringify(named)}, which is not an executable file` };
  }
  const system = SYSTEM_ORDER[use].find(({ path }) => executable(path));
  if (system) return { found: true, ...system };
  const own = playwrightPath();
  if (executable(own)) return { found: true, path: own, source: 'playwright' };
  return { found: false, problem: `no Chromium: CHROMIUM_PATH is not set, and there is no ${SYSTEM_HEADLESS_SHELL}, no ${SYSTEM_CHROMIUM} and no Playwright Chromium` };
}

/** How a found Chromium is named in what the scripts print. */
export function describeSource(source: ChromiumSource): string {
  switch (source) {
    case 'CHROMIUM_PATH': return 'from CHROMIUM_PATH';
    case 'system headless shell': return "the system's headless shell";
    case 'system': return 'the system one';
    case 'playwright': return "Playwright's own";
  }
}

/**
 * The executablePath to launch with: the found Chromium, or undefined to let Playwright pick its own
 * build (it then uses the headless shell that `playwright install chromium` brings alongside).
 */
export function launchPath(search: ChromiumSearch = findChromium()): string | undefined {
  return search.found && search.source !== 'playwright' ? search.path : undefined;
}
