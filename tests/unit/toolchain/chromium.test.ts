import { describe, expect, it } from 'vitest';
import { findChromium, launchPath, SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL } from '../../../scripts/browser/chromium.ts';

// Which Chromium the tests, the icon script and the bench launch: the headless shell runs the
// end-to-end suite in less than half the time of the full browser on 2 cores (issue 17), and
// Lighthouse must measure the full browser a reader runs.
const PLAYWRIGHTS_OWN = '/cache/ms-playwright/chromium-1234/chrome-linux/chrome';
const machine = (...present: string[]) => (path: string) => present.includes(path);
const search = (env: NodeJS.ProcessEnv, use: 'tests' | 'full browser', ...present: string[]) =>
  findChromium(env, use, machine(...present), () => PLAYWRIGHTS_OWN);

describe('findChromium', () => {
  it('gives the tests the headless shell when the machine has both', () => {
    expect(search({}, 'tests', SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL)).toEqual({ found: true, path: SYSTEM_HEADLESS_SHELL, source: 'system headless shell' });
  });

  it('gives Lighthouse the full browser when the machine has both', () => {
    expect(search({}, 'full browser', SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL)).toEqual({ found: true, path: SYSTEM_CHROMIUM, source: 'system' });
  });

  it('falls back to whichever system Chromium there is', () => {
    expect(search({}, 'tests', SYSTEM_CHROMIUM)).toMatchObject({ path: SYSTEM_CHROMIUM });
    expect(search({}, 'full browser', SYSTEM_HEADLESS_SHELL)).toMatchObject({ path: SYSTEM_HEADLESS_SHELL });
  });

  it('uses Playwright\'s own download only when the system has none, and lets Playwright launch it itself', () => {
    const found = search({}, 'tests', PLAYWRIGHTS_OWN, '/usr/bin/google-chrome');
    expect(found).toEqual({ found: true, path: PLAYWRIGHTS_OWN, source: 'playwright' });
    expect(launchPath(found)).toBeUndefined();
  });

  it('obeys CHROMIUM_PATH over everything, and says so when it names nothing runnable', () => {
    expect(search({ CHROMIUM_PATH: '/opt/chrome' }, 'tests', '/opt/chrome', SYSTEM_HEADLESS_SHELL)).toEqual({ found: true, path: '/opt/chrome', source: 'CHROMIUM_PATH' });
    const missing = search({ CHROMIUM_PATH: '/opt/none' }, 'tests', SYSTEM_HEADLESS_SHELL);
    expect(missing).toEqual({ found: false, problem: 'CHROMIUM_PATH is "/opt/none", which is not an executable file' });
  });

  it('names every place it looked when it finds nothing', () => {
    const none = search({}, 'tests');
    expect(none.found).toBe(false);
    if (none.found) return;
    expect(none.problem).toContain(SYSTEM_HEADLESS_SHELL);
    expect(none.problem).toContain(SYSTEM_CHROMIUM);
    expect(none.problem).toContain('Playwright');
  });
});
