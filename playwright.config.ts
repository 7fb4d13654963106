// UI tests in a real Chromium against the real headless wall (see test/e2e/support/start-wall.ts).
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './test/e2e/support/find-chromium.ts';

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/support/check-renderer-build.ts',
  // A 2-core machine: each test file starts its own wall; one at a time keeps timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1920, height: 1080 },
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
    trace: 'retain-on-failure',
  },
});
