// Which Chromium the end-to-end tests (and the bench) use, decided in one place: the one named by
// CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download. Playwright's
// config, `npm test`'s browser step and the bench all ask this module, so they cannot disagree.
import { accessSync, constants } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

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

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumSearch {
  const named = env.CHROMIUM_PATH;
  if (named !== undefined && named !== '') {
    return isExecutable(named)
      ? { found: true, path: named, source: 'CHROMIUM_PATH' }
      : { found: false, problem: `CHROMIUM_PATH is ${JSON.stringify(named)}, which is not an executable file` };
  }
  if (isExecutable(SYSTEM_CHROMIUM)) return { found: true, path: SYSTEM_CHROMIUM, source: 'system' };
  const own = chromium.executablePath();
  if (isExecutable(own)) return { found: true, path: own, source: 'playwright' };
  return { found: false, problem: `no Chromium: CHROMIUM_PATH is not set, there is no ${SYSTEM_CHROMIUM} and no Playwright Chromium` };
}

/**
 * The executablePath to launch with: the found Chromium, or undefined to let Playwright pick its own
 * build (it then uses the headless shell that `playwright install chromium` brings alongside).
 */
export function launchPath(search: ChromiumSearch = findChromium()): string | undefined {
  return search.found && search.source !== 'playwright' ? search.path : undefined;
}
