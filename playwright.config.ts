import { defineConfig, devices } from '@playwright/test';
import { launchPath } from './scripts/browser/chromium.ts';

// Chromium: the one named by CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// (`npm test` installs that one first when none is found: scripts/ensure-chromium.ts).
const executablePath = launchPath();
// E2E_PORT and E2E_DIST let several builds be tested side by side; by default, dist/ on port 4329.
const port = Number(process.env.E2E_PORT ?? 4329);
const distDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Budgets of time, for a machine whose load is several times its core count (shared CI, a laptop
  // doing other work). An ordinary test (a few navigations, clicks and checks) gets 30 s; tests that
  // wait for more say so themselves: every axe run adds its own budget (helpers.ts axeViolations),
  // so does each 3D view the page gate scrolls into view (csp-watch.ts startWhatWaitsForView), and
  // test.setTimeout() and per-wait timeouts stand where a 3D scene renders in software.
  // One expectation waits for one fact (a hydration, a re-render), which can take seconds under load.
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    // No service worker unless a test asks for one (the offline, install and search-offline specs say
    // `serviceWorkers: 'allow'`). Allowed, every test's fresh context would download and store the
    // whole site (189 files, 5 MB) in the background after its first page loads: on 2 cores that
    // doubled the CPU time of a page's axe check, and no other test looks at the offline copy (issue 17).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      // The machine has no outside network: keep Chromium from trying to reach its own services.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx astro preview --port ${port} --host localhost --outDir ${distDir} --ignore-lock`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
