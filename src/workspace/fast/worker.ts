// A parse worker (worker-pool.ts): takes chunks of files from the shared counter and posts the
// results back, until no chunk is left.
import { workerData, type MessagePort } from 'node:worker_threads';
import { drain, type Job } from './worker-pool.js';

const { job, counters, port } = workerData as { job: Job; counters: Int32Array; port: MessagePort };
try {
  // a value travels as its cache row only (worker-task.ts FastFile)
  drain(job, counters, (r) => port.postMessage(r), true);
} finally {
  port.close();
}
