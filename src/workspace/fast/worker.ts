// A worker of the fast path: a parse worker (worker-pool.ts), which takes chunks of files from the
// shared counter and posts the results back until no chunk is left; or the stamp worker
// (stamp-pool.ts), which loads nothing of the parser: it asks git for its index, then stats the files.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { PackedJob } from './worker-pool.js';
import type { StampJob } from './stamp-pool.js';

const data = workerData as { job: PackedJob; counters: Int32Array; port: MessagePort } | { stampJob: StampJob };
if ('stampJob' in data) {
  const { stampWorker } = await import('./stamp-pool.js');
  stampWorker(data.stampJob);
} else {
  const { drain, unpack } = await import('./worker-pool.js');
  const { job, counters, port } = data;
  try {
    // a value travels as its cache row only (worker-task.ts FastFile)
    drain(unpack(job), counters, (r) => port.postMessage(r), true);
  } finally {
    port.close();
  }
}
