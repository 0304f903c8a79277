// The parse cache under `.kzp/cache/` (issue 7): for each clean record file, the value its YAML
// gave, keyed by the file's stamp (size, mtime, ctime, inode) and its content hash (SHA-1). A warm
// run stats the files instead of reading and parsing them; a file whose stamp changed but whose
// bytes did not (a checkout, a copy) is read and hashed, not parsed. Only files that read, decode,
// check and parse without any diagnostic are kept, so a cached file never hides a problem.
//
// Safe to delete at any time. Never trusted across kzp versions: the file carries a fingerprint of
// the kzp version, the Node version and the reading code itself, and any mismatch discards it.
// Written atomically (temp file + rename); any error reading or writing it is ignored. JSON, since
// JSON.parse reads it about twice as fast as v8.deserialize; a value JSON cannot carry exactly
// (NaN, ±Infinity, -0) is simply not cached.
import { hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { FileStamp } from './worker-task.js';

export const CACHE_DIR = '.kzp/cache';
const CACHE_FILE = 'parse.json';
const FORMAT = 1;
/** Below this many files parsing is quicker than the cache's own bookkeeping, and no cache is written. */
export const CACHE_MIN_FILES = 1000;

export interface CacheEntry extends FileStamp { hash: string; data: unknown }
type Row = [rel: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string, data: unknown];

let fingerprintMemo: string | undefined;
/** kzp version + Node version + the code that turns bytes into values. */
export function fingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const parts: string[] = [`format ${FORMAT}`, process.versions.node];
  const here = new URL('.', import.meta.url);
  for (const f of ['../../package.json', 'parse.js', 'decode.js', 'textcheck.js', 'worker-task.js', 'cache.js']) {
    try { parts.push(readFileSync(new URL(f, here), 'utf8')); } catch { parts.push(`no ${f}`); }
  }
  return (fingerprintMemo = hash('sha1', parts.join('\0'), 'base64'));
}

export class ParseCache {
  private readonly old = new Map<string, CacheEntry>();
  private readonly next = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(readonly root: string, readonly print: string) {}

  /** The cache of a workspace; empty (and rewritten on save) when missing, unreadable or of another version. */
  static open(root: string): ParseCache {
    const c = new ParseCache(root, fingerprint());
    try {
      const raw = JSON.parse(readFileSync(join(root, CACHE_DIR, CACHE_FILE), 'utf8')) as { print?: unknown; rows?: unknown };
      if (raw && raw.print === c.print && Array.isArray(raw.rows)) {
        for (const r of raw.rows as Row[]) c.old.set(r[0], { size: r[1], mtimeMs: r[2], ctimeMs: r[3], ino: r[4], hash: r[5], data: r[6] });
      } else c.changed = true;
    } catch {
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

  /** The value of a file whose stamp changed but whose bytes hash the same. */
  byHash(rel: string, contentHash: string): CacheEntry | undefined {
    const e = this.old.get(rel);
    return e && e.hash === contentHash ? e : undefined;
  }

  /** Keep this file for the next run (every clean file of this run is kept; the rest are dropped). */
  keep(rel: string, e: CacheEntry): void {
    const o = this.old.get(rel);
    if (o !== e && !jsonExact(e.data, 0)) return;
    if (!o || o.hash !== e.hash || o.mtimeMs !== e.mtimeMs || o.ctimeMs !== e.ctimeMs || o.size !== e.size || o.ino !== e.ino) this.changed = true;
    this.next.set(rel, e);
  }

  /** Write the entries kept in this run, if anything changed. Never throws. */
  save(): void {
    if (!this.changed && this.next.size === this.old.size) return;
    const dir = join(this.root, CACHE_DIR);
    const tmp = join(dir, `${CACHE_FILE}.${process.pid}.tmp`);
    try {
      mkdirSync(dir, { recursive: true });
      // row by row, in pieces of about 1 MB: one JSON string of 120k files would be a few hundred MB of heap
      const fd = openSync(tmp, 'w');
      try {
        let piece = `{"print":${JSON.stringify(this.print)},"rows":[`;
        let first = true;
        for (const [rel, e] of this.next) {
          const row: Row = [rel, e.size, e.mtimeMs, e.ctimeMs, e.ino, e.hash, e.data];
          piece += (first ? '' : ',') + JSON.stringify(row);
          first = false;
          if (piece.length > 1 << 20) { writeSync(fd, piece); piece = ''; }
        }
        writeSync(fd, piece + ']}');
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, join(dir, CACHE_FILE));
    } catch {
      try { unlinkSync(tmp); } catch { /* nothing to clean */ }
    }
  }
}

/** Whether JSON carries this value exactly (no NaN, ±Infinity or -0; not absurdly deep). */
function jsonExact(v: unknown, depth: number): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (v === null || typeof v !== 'object') return typeof v !== 'undefined' && typeof v !== 'bigint';
  if (depth > 100) return false;
  if (Array.isArray(v)) { for (const x of v) if (!jsonExact(x, depth + 1)) return false; return true; }
  for (const k in v) if (!jsonExact((v as Record<string, unknown>)[k], depth + 1)) return false;
  return true;
}
