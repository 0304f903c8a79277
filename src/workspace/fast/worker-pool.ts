// Parse many files on every core, synchronously (the read is synchronous, and so is every
// caller up to the commands). The main thread and the workers take chunks of files from one shared
// counter, so the cores finish together; the main thread then blocks (Atomics.wait) until the
// workers' results are in and takes them off the port with receiveMessageOnPort. A worker that
// fails or dies only costs time: whatever it did not deliver, the main thread does itself.
// A worker's heap is bounded (WORKER_HEAP_MB): left to V8's defaults, it would grow by the
// garbage of every file it parsed, collected only at many times what it holds (docs/performance.md
// "Peak RSS at L"); a file too big for that bound is left to the main thread.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { bundled } from '../../util/index.js';
import { loadFast, valueOf, type FastFile, type FastTarget } from './worker-task.js';

/** Below this many files a worker's start-up (≈ 40 ms) costs more than it saves. */
export const PARALLEL_MIN_FILES = 3000;
const CHUNK = 64;
const NEXT = 0, TAKEN = 1, DONE = 2;
/** The main thread gives up on a worker that delivered nothing for this long. */
const STALL_MS = 20_000;
/**
 * A parse worker's old generation, in MB, beside what its job takes: room for a chunk of files of
 * up to WORKER_MAX_BYTES and their rows (64 × 0.5 MB at worst) and the parse of one more.
 */
const WORKER_HEAP_MB = 64;
/** A bigger file is left to the main thread, whose heap is not bounded. */
const WORKER_MAX_BYTES = 256 * 1024;

export interface Job {
  files: FastTarget[];
  withHash: boolean;
  /** with the hash: files modified after this instant (ms) get a smudged stamp in their cache row (cache.ts RACY_MS) */
  racyAfter?: number;
}
/** A chunk's results from its first file on: undefined for a file the worker left to the main thread. */
export type ChunkResult = [start: number, files: (FastFile | null | undefined)[]];

/** What drain works through: the files by their place, and how to read them. */
interface Work {
  n: number;
  at(i: number): FastTarget;
  withHash: boolean;
  racyAfter?: number;
  /** files of more bytes are not taken (loadFast) */
  max?: number;
}

/**
 * A job as it crosses to a worker: its files in one string, each `abs\0rel\0expect\0`, with abs
 * left empty where it is `head` followed by rel (every file of a listing). As objects, the files
 * of a large workspace would take up much of a worker's bounded heap, and both threads longer to
 * copy (docs/performance.md).
 */
export interface PackedJob { head: string; files: string; n: number; withHash: boolean; racyAfter?: number }

export function pack(job: Job): PackedJob {
  const f0 = job.files[0];
  const head = f0 && f0.abs.endsWith(f0.rel) ? f0.abs.slice(0, f0.abs.length - f0.rel.length) : '';
  let files = '';
  for (const f of job.files) {
    const short = f.abs.length === head.length + f.rel.length && f.abs.startsWith(head) && f.abs.endsWith(f.rel);
    files += `${short ? '' : f.abs}\0${f.rel}\0${f.expect ?? ''}\0`;
  }
  return { head, files, n: job.files.length, withHash: job.withHash, racyAfter: job.racyAfter };
}

/**
 * The work of a packed job, on a worker: each file's strings made when its chunk is claimed. A job
 * of another shape is no work at all (drain would never see its end): the main thread does it.
 */
export function unpack(p: PackedJob): Work {
  if (typeof p?.files !== 'string' || !Number.isSafeInteger(p.n) || p.n < 0) return { n: 0, at: () => { throw new Error('no work'); }, withHash: false };
  const ends = new Int32Array(p.n * 3);
  for (let k = 0, at = -1; k < ends.length; k++) ends[k] = at = p.files.indexOf('\0', at + 1);
  const field = (k: number) => p.files.slice(k ? ends[k - 1] + 1 : 0, ends[k]);
  return {
    n: p.n, withHash: p.withHash, racyAfter: p.racyAfter, max: WORKER_MAX_BYTES,
    at: (i) => {
      const abs = field(3 * i), rel = field(3 * i + 1), expect = field(3 * i + 2);
      return expect ? { abs: abs || p.head + rel, rel, expect } : { abs: abs || p.head + rel, rel };
    },
  };
}

function workOf(job: Job): Work {
  return { n: job.files.length, at: (i) => job.files[i], withHash: job.withHash, racyAfter: job.racyAfter };
}

/** Claim and do chunks until none is left; `deliver` gets each chunk's results. Shared by the main thread and the workers. */
export function drain(work: Work, counters: Int32Array, deliver: (r: ChunkResult) => void, worker: boolean): void {
  const n = work.n;
  for (;;) {
    if (worker) Atomics.add(counters, TAKEN, CHUNK); // reserve first: the main thread never sees a claim in flight as finished
    const start = Atomics.add(counters, NEXT, CHUNK);
    if (start >= n) {
      if (worker) { Atomics.sub(counters, TAKEN, CHUNK); Atomics.notify(counters, DONE); }
      return;
    }
    const end = Math.min(n, start + CHUNK);
    if (worker && end - start < CHUNK) Atomics.sub(counters, TAKEN, CHUNK - (end - start));
    const out: (FastFile | null | undefined)[] = [];
    for (let i = start; i < end; i++) out.push(loadFast(work.at(i), work.withHash, work.racyAfter, work.max));
    deliver([start, out]);
    if (worker) { Atomics.add(counters, DONE, end - start); Atomics.notify(counters, DONE); }
  }
}

/** What a worker did not deliver is redone by the main thread (forEachFast). */
function ignoreWorkerError(): void { /* nothing to do here */ }

/**
 * Where the worker's script is: the one place that knows how the build lays out the files.
 * Under the test runner the sources are TypeScript, which a worker cannot load: no workers then.
 */
export function workerUrl(): URL | null {
  // The single-file build is its own worker script: its entry (src/bundle.ts) runs worker.ts in a worker.
  if (bundled) return new URL(import.meta.url);
  if (!import.meta.url.endsWith('.js')) return null;
  return new URL('./worker.js', import.meta.url);
}

/**
 * loadFast of every path, using the other cores when the paths are many; each result is handed
 * to `each` (with its index) as soon as it is made or
 * received, in no particular order, exactly once; nothing is kept here. The main thread takes
 * the workers' finished chunks between its own, so a caller that writes each result away holds
 * only what is in flight.
 */
export function forEachFast(job: Job, each: (i: number, f: FastFile | null) => void, opts: { threads?: number } = {}): void {
  startFast(job, opts).finish(each);
}

/** Parsing begun: the workers take chunks from now on; `finish` joins them on the main thread, once. */
export interface FastRun { finish(each: (i: number, f: FastFile | null) => void): void }
interface Started { worker: Worker; port: MessagePort }

/**
 * Start the workers of forEachFast now, and join them later: a caller that still has modules to
 * load lets the workers boot and parse meanwhile (beginRead, read.ts). Nothing
 * is lost if `finish` never comes: the workers are unreferenced and end when no chunk is left.
 */
export function startFast(job: Job, opts: { threads?: number } = {}): FastRun {
  const n = job.files.length;
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), 8));
  const url = workerUrl();
  const counters = new Int32Array(new SharedArrayBuffer(12));
  const workers: Started[] = [];
  if (url && threads > 1 && n >= PARALLEL_MIN_FILES && process.env.KZP_WORKERS !== '0') {
    const packed = pack(job);
    // two bytes a character at most
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB + Math.ceil((packed.files.length * 2) / 1048576) };
    for (let t = 1; t < threads; t++) {
      try {
        const { port1, port2 } = new MessageChannel();
        const worker = new Worker(url, { workerData: { job: packed, counters, port: port2 }, transferList: [port2], stdout: false, stderr: false, resourceLimits });
        // a listener made here would share a closure context with what the caller's `each`
        // holds: the terminated worker would live on until the process exits (a heap snapshot
        // shows it). The module-level one holds nothing.
        worker.on('error', ignoreWorkerError);
        worker.unref();
        workers.push({ worker, port: port1 });
      } catch { break; }
    }
  }
  let finished = false;
  return {
    finish: (each) => {
      if (finished) throw new Error('forEachFast: finish called twice');
      finished = true;
      join(job, counters, workers, each);
    },
  };
}

function join(job: Job, counters: Int32Array, workers: Started[], each: (i: number, f: FastFile | null) => void): void {
  const n = job.files.length;
  const done = new Uint8Array(n);
  // a worker's value comes as its cache row (worker-task.ts): made into the value again here; a
  // file it left (undefined) is done at the end
  const put = ([start, files]: ChunkResult) => {
    for (let k = 0; k < files.length; k++) {
      const i = start + k;
      const f = files[k];
      if (done[i] || f === undefined) continue;
      done[i] = 1;
      if (f) valueOf(f);
      each(i, f);
    }
  };
  const poll = () => { for (const { port } of workers) for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) put(m.message as ChunkResult); };
  // what the workers did before the main thread came
  poll();
  drain(workOf(job), counters, workers.length ? (r) => { put(r); poll(); } : put, false);
  if (workers.length) {
    let last = Atomics.load(counters, DONE), since = Date.now();
    while (Atomics.load(counters, DONE) < Atomics.load(counters, TAKEN)) {
      Atomics.wait(counters, DONE, last, 1000);
      const now = Atomics.load(counters, DONE);
      if (now !== last) { last = now; since = Date.now(); } else if (Date.now() - since > STALL_MS) break;
      poll();
    }
    poll();
    for (const { worker, port } of workers) { port.close(); void worker.terminate(); }
  }
  for (let i = 0; i < n; i++) if (!done[i]) { done[i] = 1; const f = loadFast(job.files[i], job.withHash, job.racyAfter) ?? null; if (f) valueOf(f); each(i, f); }
}
