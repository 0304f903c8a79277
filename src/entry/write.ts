// Validate a change in the context of the whole workspace before it touches the disk, then
// write it atomically (temp file in the same folder, fsync, rename, fsync the folder): a
// reader — an editor, CI, a colleague's `git pull` — never sees half a record. A failed write
// (a full disk, a read-only folder) is a WriteFailed naming the record, and leaves nothing of
// its own behind: no temporary file, no lock, no folder it made; SIGINT/SIGTERM remove the
// temporary file and the lock too.
import { closeSync, constants, existsSync, fsyncSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { commitTemp, createTemp, discardTemp, makeFolders, removedOnSignal, removeEmptyTree, type TempFile } from '../util/index.js';
import { faultPoint } from '../util/index.js';
import { asWriteFailed, errnoOf } from '../util/index.js';
import type { Lang } from '../i18n/index.js';
import { loadModel, modelOf, type Loaded } from '../model/index.js';
import { validateLoaded } from '../rules/index.js';
import { readWithChanges, type Diagnostic } from '../workspace/index.js';

export interface Checked {
  loaded: Loaded;
  /** diagnostics that the change brings: those of the changed files, and new ones elsewhere */
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
}

/**
 * The workspace as it would be with `changes` (workspace-relative path → text) applied to
 * `from`, the workspace as it is, already read: its other files are taken as they are.
 */
export function loadWith(lang: Lang, changes: Record<string, string>, from: Loaded): Loaded {
  return modelOf(readWithChanges(from.workspace, changes, lang), lang);
}

const keyOf = (d: Diagnostic) => `${d.file}\u0000${d.rule}\u0000${d.message}`;

/** Validate the workspace with the change; report what the change brings. */
export function checkChange(root: string, lang: Lang, changes: Record<string, string>): Checked {
  const current = loadModel(root, { lang });
  const before = new Set(validateLoaded(current, lang).map(keyOf));
  const loaded = loadWith(lang, changes, current);
  const all = validateLoaded(loaded, lang);
  const diagnostics = all.filter((d) => Object.hasOwn(changes, d.file) || !before.has(keyOf(d)));
  return { loaded, diagnostics, errors: diagnostics.filter((d) => d.severity === 'error') };
}

export class WriteConflict extends Error {
  constructor(readonly reason: 'exists' | 'changed' | 'locked', readonly path: string, readonly pid?: number) { super(`${reason}: ${path}`); }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Remove what a killed writer of this target left behind: `.<name>.<pid>.<hex>.tmp` of a dead pid. */
function sweep(dir: string, base: string): void {
  const re = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
  let names: string[];
  try { names = readdirSync(dir); } catch { return; }
  for (const n of names) {
    const m = re.exec(n);
    if (m && !alive(Number(m[1]))) { try { unlinkSync(join(dir, n)); } catch { /* gone already */ } }
  }
}

/**
 * The pid in a lock file; NaN when it holds none. Opened without following a link or waiting on
 * a FIFO, and only a few bytes read: a lock name is a name anyone can commit (a link to /dev/zero).
 */
function holderOf(path: string): number {
  let fd: number;
  try { fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)); } catch { return NaN; }
  try {
    if (!fstatSync(fd).isFile()) return NaN;
    const buf = Buffer.alloc(32);
    const text = buf.toString('latin1', 0, readSync(fd, buf, 0, buf.length, 0)).trim();
    return /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  } catch { return NaN; } finally { closeSync(fd); }
}

/** An exclusive lock on one target (`.<name>.lock` holding the pid); a dead holder's lock is taken over. */
function lock(dir: string, base: string, abs: string): () => void {
  const path = join(dir, `.${base}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    // watched before it exists: a signal the instant it appears finds the handler in place
    const forget = removedOnSignal(path);
    try {
      faultPoint('open');
      // O_CREAT|O_EXCL: a link committed at the lock's name is never followed
      fd = openSync(path, 'wx');
    } catch (e) {
      forget();
      if (errnoOf(e) !== 'EEXIST') throw e;
      const holder = holderOf(path);
      if (alive(holder) || attempt > 0) throw new WriteConflict('locked', abs, holder);
      try { unlinkSync(path); } catch { /* someone else took it over */ }
      continue;
    }
    const release = () => { try { unlinkSync(path); } catch { /* released */ } forget(); };
    try {
      faultPoint('lock');
      writeSync(fd, String(process.pid));
    } catch (e) {
      // a full disk: no 0-byte lock stays behind
      release();
      throw e;
    } finally { closeSync(fd); }
    return release;
  }
  throw new WriteConflict('locked', abs);
}

/**
 * temp + fsync + rename (+ fsync of the folder); keeps the mode of a file it replaces.
 * `expect`: the content the writer based its change on — `null` when it creates the file (then
 * an existing file is never replaced: link, not rename), a string when it edits one (then a file
 * changed meanwhile by another writer is not overwritten). Under a per-target lock, so of two
 * concurrent writers one wins and the other gets a WriteConflict. Temporary files of a writer
 * that was killed are removed by the next write. A system error is a WriteFailed of `abs`; the
 * folders this write made are removed again.
 */
export function writeAtomic(abs: string, text: string, expect?: string | null): void {
  const dir = dirname(abs);
  const made = makeFolders(dir, abs);
  try {
    const base = basename(abs);
    sweep(dir, base);
    const release = lock(dir, base, abs);
    try {
      if (expect === null && existsSync(abs)) throw new WriteConflict('exists', abs);
      if (typeof expect === 'string') {
        let now: string | null = null;
        try { now = readFileSync(abs, 'utf8'); } catch { now = null; }
        if (now !== expect) throw new WriteConflict('changed', abs);
      }
      writeLocked(abs, dir, text, expect === null);
    } finally { release(); }
  } catch (e) {
    if (made) removeEmptyTree(made);
    throw asWriteFailed(e, abs);
  }
}

function writeLocked(abs: string, dir: string, text: string, create: boolean): void {
  let mode = 0o644;
  if (existsSync(abs)) { try { mode = statSync(abs).mode & 0o777; } catch { /* keep the default */ } }
  let tmp: TempFile | undefined;
  let open = false;
  try {
    tmp = createTemp(abs, mode);
    open = true;
    const buf = Buffer.from(text, 'utf8');
    faultPoint('write');
    let off = 0;
    while (off < buf.length) off += writeSync(tmp.fd, buf, off, buf.length - off);
    fsyncSync(tmp.fd);
    open = false;
    closeSync(tmp.fd);
    try { commitTemp(tmp, abs, create); } catch (e) { if (errnoOf(e) === 'EEXIST') throw new WriteConflict('exists', abs); throw e; }
  } catch (e) {
    if (tmp) {
      if (open) { try { closeSync(tmp.fd); } catch { /* already failing */ } }
      discardTemp(tmp);
    }
    throw e;
  }
  try {
    const dfd = openSync(dir, 'r');
    try { fsyncSync(dfd); } finally { closeSync(dfd); }
  } catch { /* some file systems cannot fsync a folder; the rename is still atomic */ }
}
