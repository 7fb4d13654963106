import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // A small machine (2 cores): keep parallelism modest so timings stay honest.
    maxWorkers: 2,
    // Limits against hangs, not speed checks: a shared CI machine under load takes seconds to close a wall.
    testTimeout: 30_000,
    // A hook starts or stops real servers (a wall, a PostgreSQL cluster): at load 20 stopping one took over 30 s.
    hookTimeout: 120_000,
  },
});
