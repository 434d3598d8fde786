import { defineConfig } from 'vitest/config';

// One config for the designer build (later) and for vitest.
export default defineConfig({
  root: '.',
  test: {
    include: ['runtime/**/*.test.ts', 'schemas/**/*.test.ts', 'cli/**/*.test.ts', 'server/**/*.test.ts', 'templates/**/*.test.ts', 'e2e/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
