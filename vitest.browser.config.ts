import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/summary-reporter.ts';

// Browser tests: a real Chromium with .output/chrome-mv3 loaded (see test/browser/harness.ts). Run after `wxt build`.
export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter('browser')],
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
