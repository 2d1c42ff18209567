import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI and database tests start child processes and servers; two cores need generous limits.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
