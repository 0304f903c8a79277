// Stamping every file on another core while the main thread reads the parse cache: a stat is a
// system call and a cache row a JSON.parse, and neither needs the other. One worker and, once it
// has read the cache, the main thread take chunks of paths from one shared counter and write each
// stamp into shared memory. The worker also asks git for its index (git-index.ts), which the main
// thread needs as soon as one stamp is not the cache's (a fresh checkout): it runs the three git
// processes and parses their output before it stats, and writes each file's entry into shared
// memory by the file's place in the list, so nothing is posted and the main thread neither waits
// for git nor parses its output. What the worker has not done or begun when the main thread
// comes, the main thread does; a worker that does not start or dies only costs time.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { posix } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gitIndexListing, parseIndexDebug, readGitIndex, type IndexEntry, type IndexListing } from './git-index.js';
import { stampOf, type FileStamp } from './stamp.js';

const CHUNK = 256;
/** The main thread stats a claimed chunk, or lists git's index, itself when the worker has not finished it in this long. */
const STALL_MS = 20_000;
const NEXT = 0;
/** the states of git's index (StampJob.git.state): not begun, the worker's, the main thread's, written, none to be had */
const GIT_OPEN = 0, GIT_RUNNING = 1, GIT_MAIN = 2, GIT_WRITTEN = 3, GIT_NONE = 4;
/** a blob id's bytes (hex) */
const ID = 40;

/** What the worker gets: the paths, and the shared memory their stamps and index entries go to. */
export interface StampJob {
  paths: string[];
  /** four numbers a path: size, mtimeMs, ctimeMs, ino; a size of -1: the stat failed */
  stamps: Float64Array;
  /** [the next chunk to claim] */
  counters: Int32Array;
  /** a chunk's flag: 1 when its stamps are written */
  ready: Int32Array;
  git: {
    root: string;
    /** the paths relative to root, as git lists them */
    rels: string[];
    /** [the index's state: GIT_OPEN …] */
    state: Int32Array;
    /** four numbers a path, as `stamps`, for its index entry; a size of -1: none */
    entries: Float64Array;
    /** the entry's blob id, ID bytes a path */
    ids: Uint8Array;
  };
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

/**
 * What the worker does: git's index first (unless the main thread took it on), since the main
 * thread, once it has read the cache, waits for the index but stats what is left itself; then
 * the stamps.
 */
export function stampWorker(job: StampJob): void {
  const { root, state } = job.git;
  if (Atomics.compareExchange(state, 0, GIT_OPEN, GIT_RUNNING) === GIT_OPEN) {
    let written = false;
    try {
      const listing = gitIndexListing(root, recordDirs(job.git.rels));
      written = listing !== null && writeEntries(job, listing);
    } finally {
      Atomics.store(state, 0, written ? GIT_WRITTEN : GIT_NONE);
      Atomics.notify(state, 0);
    }
  }
  drainStamps(job);
}

function writeEntries(job: StampJob, listing: IndexListing): boolean {
  const index = parseIndexDebug(listing.out, listing.indexMtimeMs);
  if (!index) return false;
  const { rels, entries, ids } = job.git;
  const idBytes = Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength);
  for (let k = 0; k < rels.length; k++) {
    const e = index.get(rels[k]), o = k * 4;
    if (!e) { entries[o] = -1; continue; }
    entries[o] = e.size; entries[o + 1] = e.mtimeMs; entries[o + 2] = e.ctimeMs; entries[o + 3] = e.ino;
    idBytes.write(e.id, k * ID, ID, 'latin1');
  }
  return true;
}

/** Git's index entry of the file at a place in the list, if it has one. */
export type IndexAt = (k: number) => IndexEntry | undefined;

/**
 * Stamping begun; `finish` gives each path's stamp (null where the stat failed); `gitIndex`, git's
 * index entry of each path (readGitIndex), from the worker or read here, or null where git's
 * blobs cannot stand for the files; `cancel` lets it all go.
 */
export interface Stamping {
  finish(): (k: number) => FileStamp | null;
  gitIndex(): IndexAt | null;
  cancel(): void;
}

/**
 * Start stamping the files (`root`: the workspace; `rels`: the paths relative to it; `abs`: the
 * same, absolute) on a worker where there is a second core (`url`: the worker's script,
 * worker-pool.ts workerUrl; null: no worker). The main thread joins in at `finish`, so the
 * stamps are all there however far the worker got.
 */
export function startStamps(root: string, rels: string[], abs: string[], url: URL | null): Stamping {
  const n = abs.length;
  const job: StampJob = {
    paths: abs,
    stamps: new Float64Array(new SharedArrayBuffer(n * 4 * 8)),
    counters: new Int32Array(new SharedArrayBuffer(4)),
    ready: new Int32Array(new SharedArrayBuffer(Math.ceil(n / CHUNK) * 4)),
    git: {
      root, rels,
      state: new Int32Array(new SharedArrayBuffer(4)),
      entries: new Float64Array(new SharedArrayBuffer(n * 4 * 8)),
      ids: new Uint8Array(new SharedArrayBuffer(n * ID)),
    },
  };
  let worker: Worker | null = null;
  // on one core the worker would only take turns with the main thread
  if (url && availableParallelism() > 1) {
    try {
      worker = new Worker(url, { workerData: { stampJob: job }, stdout: false, stderr: false });
      worker.on('error', ignoreWorkerError);
      worker.unref();
    } catch { worker = null; }
  }
  const stop = () => { if (worker) { void worker.terminate(); worker = null; } };
  const state = job.git.state;
  return {
    cancel: () => {
      Atomics.store(job.counters, NEXT, job.ready.length);
      Atomics.compareExchange(state, 0, GIT_OPEN, GIT_MAIN);
      stop();
    },
    gitIndex: () => {
      // not begun by the worker (or no worker): read here
      if (Atomics.compareExchange(state, 0, GIT_OPEN, GIT_MAIN) === GIT_OPEN) return gitIndexHere(root, rels);
      waitWhile(state, 0, GIT_RUNNING);
      const now = Atomics.load(state, 0);
      if (now === GIT_NONE) return null;
      if (now !== GIT_WRITTEN) return gitIndexHere(root, rels);
      const { entries: x, ids } = job.git;
      const idText = Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength);
      return (k) => (x[k * 4] < 0 ? undefined : { id: idText.toString('latin1', k * ID, k * ID + ID), size: x[k * 4], mtimeMs: x[k * 4 + 1], ctimeMs: x[k * 4 + 2], ino: x[k * 4 + 3] });
    },
    finish: () => {
      drainStamps(job);
      // the chunks the worker claimed: wait for each, or stamp it here if the worker stalls
      for (let c = 0; c < job.ready.length; c++) if (!waitWhile(job.ready, c, 0)) stampChunk(job, c);
      const s = job.stamps;
      return (k) => (s[k * 4] < 0 ? null : stampOf({ size: s[k * 4], mtimeMs: s[k * 4 + 1], ctimeMs: s[k * 4 + 2], ino: s[k * 4 + 3] }));
    },
  };
}

/** Git's index read on this thread, by the files' places in `rels` (paths relative to root). */
export function gitIndexHere(root: string, rels: string[]): IndexAt | null {
  const index = readGitIndex(root, recordDirs(rels));
  return index && ((k) => index.get(rels[k]));
}

/** The folders the files are in, relative to the workspace: where a .gitattributes may apply to them. */
function recordDirs(rels: string[]): Set<string> {
  const dirs = new Set<string>();
  for (const r of rels) dirs.add(posix.dirname(r));
  return dirs;
}

/** Wait while `a[i]` is `v`, up to STALL_MS; whether it changed. */
function waitWhile(a: Int32Array, i: number, v: number): boolean {
  for (const since = Date.now(); Atomics.load(a, i) === v && Date.now() - since < STALL_MS;) Atomics.wait(a, i, v, 1000);
  return Atomics.load(a, i) !== v;
}

/** What the worker did not stamp, the main thread stamps (finish). */
function ignoreWorkerError(): void { /* nothing to do here */ }
