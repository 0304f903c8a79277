// Writing a file so that no reader ever sees half of it and nothing committed can redirect it.
// The bytes go to a temporary file beside the target, created exclusively (O_CREAT|O_EXCL|
// O_NOFOLLOW: a symlink or any file already at that name makes the open fail, it is never
// followed) under a random name `.<name>.<pid>.<hex>.tmp`, then fsync'ed and renamed over the
// target (rename replaces a symlink at the target; it does not write through it). While a
// temporary file exists, SIGINT and SIGTERM remove it before kzp ends.
// Failures are WriteFailed (src/util/io-error.ts) naming the target, never a raw system error.
import { closeSync, constants, createWriteStream, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { faultPoint } from './fault.js';
import { asWriteFailed, errnoOf, WriteFailed } from './io-error.js';

const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

// ---- temporary files removed on SIGINT/SIGTERM ----
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

function onSignal(signal: NodeJS.Signals): void {
  for (const p of pending) { try { unlinkSync(p); } catch { /* gone already */ } }
  pending.clear();
  watch(false);
  // end as the signal would have ended kzp, unless someone else (a prompt) handles it
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

let watching = false;
function watch(on: boolean): void {
  if (on === watching) return;
  watching = on;
  for (const s of SIGNALS) {
    if (on) process.on(s, onSignal);
    else process.removeListener(s, onSignal);
  }
}

function track(path: string): void { watch(true); pending.add(path); }
/**
 * The handlers stay one turn of the event loop after the last file is done: a signal that came
 * during a synchronous write is handled on that turn (and still ends kzp), not dropped with them.
 */
function untrack(path: string): void {
  if (pending.delete(path) && pending.size === 0) setImmediate(() => { if (pending.size === 0) watch(false); });
}

/**
 * Remove `path` (a lock, a temporary file) if SIGINT or SIGTERM comes before the returned function
 * is called. Call it before creating the file, and the returned function at once if that fails.
 */
export function removedOnSignal(path: string): () => void {
  track(path);
  return () => untrack(path);
}

/** The random temporary name beside `target`: `.<name>.<pid>.<8 hex>.tmp` (writers sweep these of dead pids). */
export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export interface TempFile { readonly path: string; readonly fd: number }

/**
 * A new temporary file beside `target`, open for writing, removed on SIGINT/SIGTERM until it is
 * committed or discarded. System errors are thrown as they are (the caller knows the target).
 */
export function createTemp(target: string, mode = 0o644): TempFile {
  const path = tempNameFor(target);
  // tracked before it exists: a signal that lands the instant the file appears finds the
  // handler in place (a handler runs only between synchronous steps, never inside this one)
  track(path);
  try {
    faultPoint('open');
    return { path, fd: openSync(path, EXCLUSIVE, mode) };
  } catch (e) { untrack(path); throw e; }
}

/**
 * Put the temporary file in place of `target` (fsync'ed before; the fd must be closed).
 * `exclusive`: only where no file is (a hard link, which fails with EEXIST, instead of a rename).
 */
export function commitTemp(tmp: TempFile, target: string, exclusive = false): void {
  if (exclusive) { linkSync(tmp.path, target); unlinkSync(tmp.path); }
  else renameSync(tmp.path, target);
  untrack(tmp.path);
}

/** Remove a temporary file that will not be used (after an error). */
export function discardTemp(tmp: TempFile): void {
  try { unlinkSync(tmp.path); } catch { /* never created, or gone */ }
  untrack(tmp.path);
}

/**
 * `dir` with its parents (a WriteFailed of `shown`, default `dir`, when that fails; a file in
 * the way is ENOTDIR). Returns the first folder it created, if any.
 */
export function makeFolders(dir: string, shown = dir): string | undefined {
  try {
    if (!existsSync(dir)) faultPoint('mkdir');
    return mkdirSync(dir, { recursive: true });
  }
  catch (e) {
    const code = errnoOf(e) === 'ENOENT' ? firstMkdirError(dir) : errnoOf(e);
    throw new WriteFailed(shown, code === 'EEXIST' ? 'ENOTDIR' : code ?? 'EIO');
  }
}
const makeFolder = (target: string) => makeFolders(dirname(target), target);

/** Node's recursive mkdir reports ENOENT for a read-only parent: the real code, from a plain mkdir of the first missing folder. */
function firstMkdirError(dir: string): string {
  const parent = dirname(dir);
  if (parent !== dir && !existsSync(parent)) return firstMkdirError(parent);
  try { mkdirSync(dir); return 'ENOENT'; } catch (e) { return errnoOf(e) ?? 'ENOENT'; }
}

function writeAll(fd: number, content: string | Uint8Array): void {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  faultPoint('write');
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/**
 * Write `content` to `target` atomically, creating its folder (removed again if the write fails).
 * `exclusive`: create it only, never replace a file (EEXIST, reason 'exists'). Throws WriteFailed.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, o: { mode?: number; exclusive?: boolean } = {}): void {
  const folder = makeFolder(target);
  let tmp: TempFile | undefined;
  let open = false;
  try {
    tmp = createTemp(target, o.mode);
    open = true;
    writeAll(tmp.fd, content);
    fsyncSync(tmp.fd);
    open = false;
    closeSync(tmp.fd);
    commitTemp(tmp, target, o.exclusive);
  } catch (e) {
    if (tmp) {
      if (open) { try { closeSync(tmp.fd); } catch { /* already failing */ } }
      discardTemp(tmp);
    }
    if (folder) removeEmptyTree(folder);
    throw asWriteFailed(e, target);
  }
}

/**
 * Write what `produce` streams to `target` atomically, creating its folder (removed again if the
 * write fails). `produce` must end the stream (as exceljs' commit does); a write error (a full
 * disk) rejects at once even if `produce` would wait on. `finish` may change the finished
 * temporary file in place before it is put at `target`. Throws WriteFailed for system errors.
 */
export async function streamFileAtomic(target: string, produce: (out: Writable) => Promise<void>, o: { mode?: number; finish?: (path: string) => void } = {}): Promise<void> {
  const folder = makeFolder(target);
  let tmp: TempFile | undefined;
  let stream: Writable | undefined;
  try {
    tmp = createTemp(target, o.mode);
    const out = createWriteStream('', { fd: tmp.fd, flush: true });
    stream = out;
    faultPoint('write');
    const closed = new Promise<void>((res, rej) => { out.on('close', () => res()); out.on('error', rej); });
    await Promise.all([produce(out), closed]);
    o.finish?.(tmp.path);
    commitTemp(tmp, target);
  } catch (e) {
    stream?.destroy();
    if (tmp) discardTemp(tmp);
    if (folder) removeEmptyTree(folder);
    throw asWriteFailed(e, target);
  }
}

/**
 * Files under `root` (relative path → content), all or none, each written atomically: when one
 * fails (a full disk), the files this call created (not those it replaced) and the folders it
 * made are removed again, and the WriteFailed is thrown. `exclusive`: an existing file is never
 * replaced (reason 'exists').
 */
export function writeFiles(root: string, files: Record<string, string>, o: { exclusive?: boolean } = {}): void {
  const made: string[] = [];
  const folders: string[] = [];
  try {
    for (const [rel, text] of Object.entries(files)) {
      const abs = join(root, rel);
      const folder = makeFolder(abs);
      if (folder) folders.push(folder);
      const existed = !o.exclusive && existsSync(abs);
      writeFileAtomic(abs, text, o);
      if (!existed) made.push(abs);
    }
  } catch (e) {
    for (const f of made) { try { unlinkSync(f); } catch { /* gone */ } }
    for (const d of folders.reverse()) removeEmptyTree(d);
    throw e;
  }
}

/** Remove `dir` and the empty folders below it (what a failed write made); anything else stays. */
export function removeEmptyTree(dir: string): void {
  try {
    for (const n of readdirSync(dir)) removeEmptyTree(join(dir, n));
    rmdirSync(dir);
  } catch { /* not a folder, or not empty: kept */ }
}
