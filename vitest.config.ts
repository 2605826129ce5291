import { defineConfig } from 'vitest/config';

// Unit tests cover pure modules (rules, data, exports, dist checkers) only, so plain Vitest
// without Astro's Vite config is enough and keeps the run fast.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // One module graph per worker instead of one per test file: the 65 files import the same rules,
    // data and quiz modules, and re-evaluating them for every file was 60% of the run's CPU time
    // (45 s of CPU isolated, 18 s shared: issue 17). Safe because the tests share no mutable state:
    // none mocks a module, and the one that stubs a global (storage-writes) unstubs it after each test.
    isolate: false,
    // Property tests run hundreds of cases; on a busy 2-core machine they need more than the 5 s default.
    testTimeout: 60_000,
  },
});
