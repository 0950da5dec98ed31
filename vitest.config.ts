import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/summary-reporter.ts';
import { WxtVitest } from 'wxt/testing';

// Unit tests: happy-dom, WXT's fake browser. Browser tests (test/browser/) run separately with their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', new SummaryReporter('unit')],
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
