// A parse worker (worker-pool.ts): takes chunks of files from the shared counter and posts the
// results back, until no chunk is left.
import { workerData, type MessagePort } from 'node:worker_threads';
import { drain, type Job } from './worker-pool.js';
import type { CheckFn } from './worker-task.js';

const { job, counters, port } = workerData as { job: Job; counters: Int32Array; port: MessagePort };
try {
  // the schema check the model gave, if any (worker-task.ts RecordCheck); without it the main thread checks
  let check: CheckFn | undefined;
  if (job.check) {
    try { check = ((await import(job.check.url)) as { checkClean: CheckFn }).checkClean; } catch { check = undefined; }
  }
  // a value travels as its cache row only (worker-task.ts FastFile)
  drain(job, counters, (r) => port.postMessage(r), true, check);
} finally {
  port.close();
}
