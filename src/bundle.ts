// The entry of the single-file build (scripts/bundle.mjs → dist/kzp.mjs, `node kzp.mjs …`): the
// CLI, as bin/kzp.js starts it; or, in a worker, which the bundle starts on its own file
// (workspace/fast/worker-pool.ts workerUrl), the worker: a parse worker or the stamp worker
// (workspace/fast/stamp-pool.ts). kzp starts no other worker.
import { isMainThread } from 'node:worker_threads';

// Node keeps quiet about a deprecated API called from node_modules (exceljs' `Buffer()`), but the
// bundle has no node_modules: the same call would print a warning no user of the vendored kzp
// can act on, in the middle of kzp's own one-line messages.
process.noDeprecation = true;

if (isMainThread) {
  const { start } = await import('./cli/index.js');
  process.exitCode = await start(process.argv.slice(2));
} else {
  await import('./workspace/fast/worker.js');
}
