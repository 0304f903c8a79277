import { configDefaults, defineConfig } from 'vitest/config';
// No short fixed timeouts: on a loaded two-core CI runner a git fixture's beforeAll or a spawned
// kzp can take many times its quiet-machine duration. A hang still fails, after ten minutes.
//
// Two projects: every test against the package (bin/kzp.js → dist/), and, a second time, the
// end-to-end folder against the single-file build (dist/kzp.mjs, `npm run bundle`) — the tests
// that run kzp as a user does, which is all a bundle can get wrong (a file it cannot find, a
// dependency that was not inlined, a worker that does not start). The unit tests import the
// sources, which the bundle does not change, so running them twice would prove nothing.
// test/bundle/ checks the bundle itself (no node_modules, its workers) and runs once.
export default defineConfig({
  test: {
    testTimeout: 600000,
    hookTimeout: 600000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'package', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/bundle/**'] } },
      // startup.test.ts traces which of dist/'s modules a command loads: the bundle has one
      { extends: true, test: { name: 'bundle', include: ['test/e2e/**/*.test.ts', 'test/bundle/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/e2e/startup.test.ts'], env: { KZP_E2E_BIN: 'dist/kzp.mjs' } } },
    ],
  },
});
