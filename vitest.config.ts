import { defineConfig } from 'vitest/config';

// Unit tests cover pure modules (rules, data, exports, dist checkers) only, so plain Vitest
// without Astro's Vite config is enough and keeps the run fast.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy 2-core machine they need more than the 5 s default.
    testTimeout: 30_000,
  },
});
