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
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
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
    timeout: 30_000,
  },
});
