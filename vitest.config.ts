import { defineConfig } from 'vitest/config';
// No short fixed timeouts: on a loaded two-core CI runner a git fixture's beforeAll or a spawned
// kzp can take many times its quiet-machine duration. A hang still fails, after ten minutes.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 600000,
    hookTimeout: 600000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
