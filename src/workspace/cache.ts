// The parse cache under `.kzp/cache/` (issue 7): for each clean record file, the value its YAML
// gave, keyed by the file's stamp (size, mtime, ctime, inode) and its content hash (SHA-1). A warm
// run stats the files instead of reading and parsing them; a file whose stamp changed but whose
// bytes did not (a checkout, a copy) is read and hashed, not parsed. Only files that read, decode,
// check and parse without any diagnostic are kept, so a cached file never hides a problem.
//
// Safe to delete at any time. Never trusted across kzp versions: the file carries a fingerprint of
// the kzp version, the Node version and the reading code itself, and any mismatch discards it.
// Written atomically (temp file + rename); any error reading or writing it is ignored.
// Signed: the file starts with an HMAC of its content under a key that lives outside the
// workspace (in the user's cache folder), so a cache committed to the repository — or crafted
// by anyone who cannot read that key — is never trusted (issue 8: a poisoned cache must not turn
// a broken file into a clean one). JSON lines (a header, then one row a line), since JSON.parse
// reads it about twice as fast as v8.deserialize and a line at a time never needs the whole
// file as one string; a value JSON cannot carry exactly (NaN, ±Infinity, -0) is simply not cached.
import { createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { homedir } from 'node:os';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Checked } from './source.js';
import { jsonExact, RACY_MS, rowText, type FileStamp } from './worker-task.js';

export const CACHE_DIR = '.kzp/cache';
const CACHE_FILE = 'parse.json';
const FORMAT = 3;
/** Below this many files parsing is quicker than the cache's own bookkeeping, and no cache is written. */
export const CACHE_MIN_FILES = 1000;

/**
 * A kept file: its stamp, content hash and value, and, when it passed its schema check, its
 * schema kind and checked value (the check is part of the fingerprint below).
 */
export interface CacheEntry extends FileStamp { hash: string; data: unknown; checked?: Checked }
/**
 * A line of the file: a file's row (path, stamp, hash, value), or, after the rows, the outcomes
 * of schema checks: the records of one schema kind whose checked value is the value itself, by
 * path, in one line; or one record with its checked value, where it is not the value itself (a
 * default the schema filled in, keys in another order). The check comes after the read
 * (load.ts), when the rows of the files it parsed are already written.
 */
type Row = [rel: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string, data: unknown];
type CheckLine = [kind: string, rels: string[]] | [rel: string, kind: string, value: unknown];

let fingerprintMemo: string | undefined;
/** kzp version + Node version + the code that turns bytes into values. */
export function fingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const parts: string[] = [`format ${FORMAT}`, process.versions.node];
  const here = new URL('.', import.meta.url);
  // the schema check's code too: a row says whether its record passed it
  for (const f of ['../../package.json', 'parse.js', 'decode.js', 'textcheck.js', 'worker-task.js', 'cache.js', '../schema/check.js', '../schema/records.js', '../schema/common.js', '../util/calendar-date.js']) {
    try { parts.push(readFileSync(new URL(f, here), 'utf8')); } catch { parts.push(`no ${f}`); }
  }
  return (fingerprintMemo = hash('sha1', parts.join('\0'), 'base64'));
}

let keyMemo: Buffer | null | undefined;
/** The signing key, created once per user (mode 0600) outside any workspace; null when it cannot be kept. */
export function cacheKey(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  if (keyMemo !== undefined) return keyMemo;
  try {
    const base = env.KZP_CACHE_KEY_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kzp');
    const file = join(base, 'cache-key');
    try { keyMemo = readFileSync(file); if (keyMemo.length >= 32) return keyMemo; } catch { /* make one */ }
    mkdirSync(base, { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    try {
      const fd = openSync(file, 'wx', 0o600);
      try { writeSync(fd, key); } finally { closeSync(fd); }
      keyMemo = key;
    } catch { keyMemo = readFileSync(file); }
    return keyMemo.length >= 32 ? keyMemo : (keyMemo = null);
  } catch {
    return (keyMemo = null);
  }
}


export class ParseCache {
  private readonly old = new Map<string, CacheEntry>();
  private readonly next = new Map<string, CacheEntry>();
  private changed = false;
  /** rows of files parsed in this run, written as they came (add) */
  private added = 0;
  private writer: SignedWriter | null | undefined;
  /** by schema kind, the files whose checked value is their value, written in one line each (save) */
  private readonly same = new Map<string, string[]>();

  /** files modified after this instant (ms) are racy: their rows are smudged (RACY_MS) */
  readonly racyAfter = Date.now() - RACY_MS;

  private constructor(readonly root: string, readonly print: string) {}

  /** The cache of a workspace; empty (and rewritten on save) when missing, unreadable or of another version. */
  static open(root: string): ParseCache {
    const c = new ParseCache(root, fingerprint());
    try {
      // one row a line, each parsed from the bytes on its own: 120k files never become one
      // string of a hundred MB (issue 7, L memory)
      const body = readSignedBytes(join(root, CACHE_DIR, CACHE_FILE));
      if (body === null) throw new Error('not ours');
      let nl = body.indexOf(10);
      const head = JSON.parse(body.toString('utf8', 0, nl < 0 ? body.length : nl)) as { print?: unknown };
      if (!head || head.print !== c.print || nl < 0) throw new Error('another version');
      for (let at = nl + 1; at < body.length; at = nl + 1) {
        nl = body.indexOf(10, at);
        if (nl < 0) nl = body.length;
        const line = JSON.parse(body.toString('utf8', at, nl)) as Row | CheckLine;
        if (line.length > 3) { const r = line as Row; c.old.set(r[0], { size: r[1], mtimeMs: r[2], ctimeMs: r[3], ino: r[4], hash: r[5], data: r[6] }); continue; }
        if (line.length === 3) {
          const e = c.old.get(line[0]);
          if (e) e.checked = { kind: line[1] as string, value: line[2] };
        } else {
          const kind = line[0], rels = line[1] as string[];
          for (const rel of rels) { const e = c.old.get(rel); if (e) e.checked = { kind, value: e.data }; }
        }
      }
    } catch {
      c.old.clear();
      c.changed = true;
    }
    return c;
  }

  get size(): number { return this.old.size; }

  /** The value of a file whose stamp is unchanged. */
  byStamp(rel: string, s: FileStamp): CacheEntry | undefined {
    const e = this.old.get(rel);
    if (!e || e.size !== s.size || e.mtimeMs !== s.mtimeMs || e.ctimeMs !== s.ctimeMs || e.ino !== s.ino) return undefined;
    return e;
  }

  /** The content hash the cache has for a file, if any. */
  hashOf(rel: string): string | undefined { return this.old.get(rel)?.hash; }

  /** The value of a file whose stamp changed but whose bytes hash the same. */
  byHash(rel: string, contentHash: string): CacheEntry | undefined {
    const e = this.old.get(rel);
    return e && e.hash === contentHash ? e : undefined;
  }

  /** Keep this file for the next run (every clean file of this run is kept; the rest are dropped). */
  keep(rel: string, e: CacheEntry): void {
    const o = this.old.get(rel);
    // a value the cache had came from JSON: only a new one needs the check
    if (o?.data !== e.data && !jsonExact(e.data, 0)) return;
    if (!o || o.hash !== e.hash || o.mtimeMs !== e.mtimeMs || o.ctimeMs !== e.ctimeMs || o.size !== e.size || o.ino !== e.ino) this.changed = true;
    this.next.set(rel, e);
  }

  /**
   * Keep a file parsed in this run, by its row as the parse made it (worker-task.ts loadFast): it
   * is written to the new cache file at once and not held (a cold read of 120k files would
   * otherwise hold every value's JSON until the end).
   */
  add(row: string): void {
    this.changed = true;
    this.added++;
    if (this.writer === undefined) this.writer = SignedWriter.open(join(this.root, CACHE_DIR, CACHE_FILE), `{"print":${JSON.stringify(this.print)}}`);
    this.writer?.write(row);
  }

  /**
   * The outcome of the schema check of a file added in this run, or of a kept one that had none:
   * `value` only where the checked value is not the file's value itself.
   */
  addCheck(rel: string, kind: string, value?: unknown): void {
    const kept = this.next.get(rel);
    if (kept) { this.changed = true; kept.checked = { kind, value: value === undefined ? kept.data : value }; return; }
    // a file added in this run: its row is written already
    if (value !== undefined) this.writer?.write(`\n${JSON.stringify([rel, kind, value] satisfies CheckLine)}`);
    else this.noteSame(kind, rel);
  }

  private noteSame(kind: string, rel: string): void {
    const rels = this.same.get(kind);
    if (rels) rels.push(rel); else this.same.set(kind, [rel]);
  }

  /** Write the entries kept in this run, if anything changed. Never throws. */
  save(): void {
    if (!this.changed && this.next.size === this.old.size && !this.added) return;
    const w = this.writer === undefined ? SignedWriter.open(join(this.root, CACHE_DIR, CACHE_FILE), `{"print":${JSON.stringify(this.print)}}`) : this.writer;
    this.writer = null;
    if (!w) return;
    for (const [rel, e] of this.next) w.write(rowText(rel, e, e.hash, JSON.stringify(e.data), this.racyAfter));
    // after every row: a check line names files whose rows came before it
    for (const [rel, e] of this.next) {
      const c = e.checked;
      if (!c) continue;
      if (c.value !== e.data) w.write(`\n${JSON.stringify([rel, c.kind, c.value] satisfies CheckLine)}`);
      else this.noteSame(c.kind, rel);
    }
    for (const [kind, rels] of this.same) w.write(`\n${JSON.stringify([kind, rels] satisfies CheckLine)}`);
    w.finish();
  }
}


/**
 * A signed cache file being written: a placeholder signature line, then the text streamed in
 * ≈ 1 MB chunks, each encoded once for both the HMAC and the file; `finish` writes the signature
 * over its placeholder and renames the temporary file into place. Never throws: any error drops
 * the temporary file and the cache is simply not written.
 */
class SignedWriter {
  private buf = '';
  private constructor(private readonly file: string, private readonly tmp: string, private fd: number | null, private readonly h: ReturnType<typeof createHmac>) {}

  static open(file: string, first: string): SignedWriter | null {
    const key = cacheKey();
    if (!key) return null;
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      const fd = openSync(tmp, 'w');
      const w = new SignedWriter(file, tmp, fd, createHmac('sha256', key));
      writeSync(fd, `${'0'.repeat(64)}\n`);
      w.write(first);
      return w;
    } catch {
      try { unlinkSync(tmp); } catch { /* nothing to clean */ }
      return null;
    }
  }

  write(text: string): void {
    if (this.fd === null) return;
    this.buf += text;
    if (this.buf.length > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.fd === null) return;
    try {
      const b = Buffer.from(this.buf);
      this.buf = '';
      this.h.update(b);
      writeSync(this.fd, b);
    } catch { this.abort(); }
  }

  finish(): void {
    this.flush();
    if (this.fd === null) return;
    try {
      const sig = Buffer.from(this.h.digest('hex'));
      writeSync(this.fd, sig, 0, sig.length, 0);
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.tmp, this.file);
    } catch { this.abort(); }
  }

  private abort(): void {
    if (this.fd !== null) { try { closeSync(this.fd); } catch { /* closed */ } this.fd = null; }
    try { unlinkSync(this.tmp); } catch { /* nothing to clean */ }
  }
}

/** The body of a cache file whose signature is ours, as bytes; null when missing, unreadable, unsigned or forged. */
export function readSignedBytes(file: string): Buffer | null {
  try {
    const key = cacheKey();
    if (!key) return null;
    const bytes = readFileSync(file);
    const nl = bytes.indexOf(10);
    if (nl < 0) return null;
    const body = bytes.subarray(nl + 1);
    const sig = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
    const want = createHmac('sha256', key).update(body).digest();
    return sig.length === want.length && timingSafeEqual(sig, want) ? body : null;
  } catch {
    return null;
  }
}

/** The same, as text. */
export function readSigned(file: string): string | null {
  return readSignedBytes(file)?.toString('utf8') ?? null;
}

/** Write a small cache file (its signature line, then the text) atomically. Never throws. */
export function writeSigned(file: string, text: string): void {
  SignedWriter.open(file, text)?.finish();
}
