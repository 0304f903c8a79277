// Stamping every file on another core while the main thread reads the parse cache: a stat is a
// system call and a cache row a JSON.parse, and neither needs the other. One worker and, once it
// has read the cache, the main thread take chunks of paths from one shared counter and write each
// stamp into shared memory, so nothing is posted. What the worker has not done when the main
// thread comes, the main thread does; a worker that does not start or dies only costs time.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { stampOf, type FileStamp } from './stamp.js';

const CHUNK = 256;
/** The main thread stats a claimed chunk itself when the worker has not finished it in this long. */
const STALL_MS = 20_000;
const NEXT = 0;

/** What the worker gets: the paths, and the shared memory their stamps go to. */
export interface StampJob {
  paths: string[];
  /** four numbers a path: size, mtimeMs, ctimeMs, ino; a size of -1: the stat failed */
  stamps: Float64Array;
  /** [the next chunk to claim] */
  counters: Int32Array;
  /** a chunk's flag: 1 when its stamps are written */
  ready: Int32Array;
}

/** Claim and stamp chunks until none is left. Shared by the main thread and the worker. */
export function drainStamps(job: StampJob): void {
  const n = job.paths.length, chunks = Math.ceil(n / CHUNK);
  for (;;) {
    const c = Atomics.add(job.counters, NEXT, 1);
    if (c >= chunks) return;
    stampChunk(job, c);
    Atomics.store(job.ready, c, 1);
    Atomics.notify(job.ready, c);
  }
}

function stampChunk(job: StampJob, c: number): void {
  const { paths, stamps } = job;
  for (let i = c * CHUNK, end = Math.min(paths.length, i + CHUNK); i < end; i++) {
    const o = i * 4;
    try {
      const st = statSync(paths[i]);
      stamps[o] = st.size; stamps[o + 1] = st.mtimeMs; stamps[o + 2] = st.ctimeMs; stamps[o + 3] = st.ino;
    } catch { stamps[o] = -1; }
  }
}

/** Stamping begun; `finish` gives each path's stamp (null where the stat failed), `cancel` lets it go. */
export interface Stamping { finish(): (i: number) => FileStamp | null; cancel(): void }

/**
 * Start stamping `paths` on a worker (`url`: the worker's script, worker-pool.ts workerUrl). The
 * main thread joins in at `finish`, so the stamps are all there however far the worker got.
 */
export function startStamps(paths: string[], url: URL | null): Stamping {
  const n = paths.length;
  const job: StampJob = {
    paths,
    stamps: new Float64Array(new SharedArrayBuffer(n * 4 * 8)),
    counters: new Int32Array(new SharedArrayBuffer(4)),
    ready: new Int32Array(new SharedArrayBuffer(Math.ceil(n / CHUNK) * 4)),
  };
  let worker: Worker | null = null;
  if (url) {
    try {
      worker = new Worker(url, { workerData: { stampJob: job }, stdout: false, stderr: false });
      worker.on('error', ignoreWorkerError);
      worker.unref();
    } catch { worker = null; }
  }
  const stop = () => { if (worker) { void worker.terminate(); worker = null; } };
  return {
    cancel: () => { Atomics.store(job.counters, NEXT, job.ready.length); stop(); },
    finish: () => {
      drainStamps(job);
      // the chunks the worker claimed: wait for each, or stamp it here if the worker stalls
      for (let c = 0; c < job.ready.length; c++) {
        const since = Date.now();
        while (Atomics.load(job.ready, c) === 0 && Date.now() - since < STALL_MS) Atomics.wait(job.ready, c, 0, 1000);
        if (Atomics.load(job.ready, c) === 0) stampChunk(job, c);
      }
      stop();
      const s = job.stamps;
      return (i) => (s[i * 4] < 0 ? null : stampOf({ size: s[i * 4], mtimeMs: s[i * 4 + 1], ctimeMs: s[i * 4 + 2], ino: s[i * 4 + 3] }));
    },
  };
}

/** What the worker did not stamp, the main thread stamps (finish). */
function ignoreWorkerError(): void { /* nothing to do here */ }
