import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // A small machine (2 cores): keep parallelism modest so timings stay honest.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
