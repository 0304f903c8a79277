// The parse cache, `.kzp/cache/parse.json`: for each clean record file, the value its YAML gave,
// keyed by the file's stamp (size, mtime, ctime, inode) and its content hash (its git blob id). A
// warm run stats the files instead of reading and parsing them; a file whose stamp changed but
// whose blob id git's index vouches for (a fresh checkout) is taken without a read; any other
// whose bytes did not change (a copy) is read and hashed, not parsed. Only files that read,
// decode, check and parse without any diagnostic are kept, so a cached file never hides a problem.
//
// Never trusted across kzp versions: the file carries a fingerprint of the kzp version, the Node
// version and the reading code itself, and any mismatch discards it. Signed (signed.ts). JSON
// lines (a header, then one row a line), since JSON.parse reads it about twice as fast as
// v8.deserialize and a line at a time never needs the whole file as one string; a value JSON
// cannot carry exactly (NaN, ±Infinity, -0) is simply not cached.
import { hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBuild } from '../../util/index.js';
import type { Checked } from '../source.js';
import { CACHE_DIR, readSignedBytes, SignedWriter } from './signed.js';
import { RACY_MS, type FileStamp } from './stamp.js';
import { parserVersions } from './versions.js';
import { jsonExact, rowHead, rowText } from './worker-task.js';

const CACHE_FILE = 'parse.json';
const FORMAT = 4;
/** The largest cache file whose bytes are held from open to save, for kept rows to be copied. */
const RAW_MAX_BYTES = 32 << 20;
/**
 * The file is written again only when more than this share of its rows would change what the
 * next run does (a file parsed or hashed again, a schema check run again, a row of a file gone):
 * a CI job with one changed ledger then writes nothing, and the next job parses that ledger again
 * (a millisecond) instead of this run writing every row (a quarter of a second at 26k files).
 */
const REWRITE_SHARE = 0.01;

/**
 * A kept file: its stamp, content hash and value, and, when it passed its schema check, its
 * schema kind and checked value (the check is part of the fingerprint below).
 */
export interface CacheEntry extends FileStamp {
  hash: string; data: unknown; checked?: Checked;
  /** where the entry's row is in the cache file it was read from: a kept row writes its value's bytes again (save) */
  raw?: [start: number, end: number];
}
/**
 * A line of the file: a file's row (path, stamp, hash, value), or, after the rows, the outcomes
 * of schema checks: the records of one schema kind whose checked value is the value itself, by
 * path, in one line; or one record with its checked value, where it is not the value itself (a
 * default the schema filled in, keys in another order). The check comes after the read
 * (begin.ts), when the rows of the files it parsed are already written.
 */
type Row = [rel: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string, data: unknown];
type CheckLine = [kind: string, rels: string[]] | [rel: string, kind: string, value: unknown];

let fingerprintMemo: string | undefined;
/** kzp version + Node version + the code that turns bytes into values + the versions of the libraries it uses. */
export function fingerprint(libraries = parserVersions()): string {
  if (fingerprintMemo && libraries === parserVersions()) return fingerprintMemo;
  const parts: string[] = [`format ${FORMAT}`, process.versions.node, libraries];
  const here = new URL('.', import.meta.url);
  // the schema check's code too: a row says whether its record passed it
  // the single-file build has no such files beside it: its build hash covers them
  if (bundleBuild) parts.push(bundleBuild);
  else for (const f of ['../../../package.json', '../parse.js', '../decode.js', '../textcheck.js', 'worker-task.js', 'parse-cache.js', '../../schema/check.js', '../../schema/records.js', '../../schema/common.js', '../../schema/text.js', '../../schema/amounts.js', '../../util/calendar-date.js']) {
    try { parts.push(readFileSync(new URL(f, here), 'utf8')); } catch { parts.push(`no ${f}`); }
  }
  const print = hash('sha1', parts.join('\0'), 'base64');
  if (libraries === parserVersions()) fingerprintMemo = print;
  return print;
}

export class ParseCache {
  private readonly old = new Map<string, CacheEntry>();
  private readonly next = new Map<string, CacheEntry>();
  /** the file could not be used: it is written whatever changed */
  private fresh = false;
  /** rows the next run would find better in a file written again (REWRITE_SHARE) */
  private dirty = 0;
  /** rows of files parsed in this run, written as they came (add) */
  private added = 0;
  private writer: SignedWriter | null | undefined;
  /** by schema kind, the files whose checked value is their value, written in one line each (save) */
  private readonly same = new Map<string, string[]>();
  /** the signed bytes the rows were read from, until save: a kept row's value is copied, not made into JSON again */
  private body: Buffer | null = null;

  /** files modified after this instant (ms) are racy: their rows are smudged (RACY_MS) */
  readonly racyAfter = Date.now() - RACY_MS;

  private constructor(readonly root: string, readonly print: string) {}

  /** The cache of a workspace; empty (and rewritten on save) when missing, unreadable or of another version. */
  static open(root: string): ParseCache {
    const c = new ParseCache(root, fingerprint());
    try {
      // one row a line, each parsed from the bytes on its own: 120k files never become one
      // string of a hundred MB
      const body = readSignedBytes(join(root, CACHE_DIR, CACHE_FILE));
      if (body === null) throw new Error('not ours');
      let nl = body.indexOf(10);
      const head = JSON.parse(body.toString('utf8', 0, nl < 0 ? body.length : nl)) as { print?: unknown };
      if (!head || head.print !== c.print || nl < 0) throw new Error('another version');
      for (let at = nl + 1; at < body.length; at = nl + 1) {
        nl = body.indexOf(10, at);
        if (nl < 0) nl = body.length;
        const line = JSON.parse(body.toString('utf8', at, nl)) as Row | CheckLine;
        if (line.length > 3) {
          const r = line as Row;
          c.old.set(r[0], { size: r[1], mtimeMs: r[2], ctimeMs: r[3], ino: r[4], hash: r[5], data: r[6], raw: [at, nl] });
          continue;
        }
        if (line.length === 3) {
          const e = c.old.get(line[0]);
          if (e) e.checked = { kind: line[1] as string, value: line[2] };
        } else {
          const kind = line[0], rels = line[1] as string[];
          for (const rel of rels) { const e = c.old.get(rel); if (e) e.checked = { kind, value: e.data }; }
        }
      }
      // held until save: up to 32 MB (M's is 15 MB); a larger one (L's) is let go, and its rows made again
      if (body.length <= RAW_MAX_BYTES) c.body = body;
    } catch {
      c.old.clear();
      c.fresh = true;
    }
    return c;
  }

  /** Whether the workspace has a cache file at all (a run that has one stamps its files while reading it). */
  static exists(root: string): boolean { return existsSync(join(root, CACHE_DIR, CACHE_FILE)); }

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

  /**
   * The value of a file whose stamp changed but that git's index says holds blob `id` (git-index.ts):
   * the row's hash is that id, of bytes of the file's size.
   */
  byGitId(rel: string, s: FileStamp, id: string): CacheEntry | undefined {
    const e = this.old.get(rel);
    return e && e.hash === id && e.size === s.size ? e : undefined;
  }

  /**
   * Keep this file for the next run (every clean file of this run is kept; the rest are dropped).
   * `vouched`: git's index gave its blob id, and will again, so a stamp that moved costs the next
   * run nothing and is no reason to write the file again.
   */
  keep(rel: string, e: CacheEntry, vouched = false): void {
    const o = this.old.get(rel);
    // a value the cache had came from JSON: only a new one needs the check
    if (o?.data !== e.data && !jsonExact(e.data, 0)) return;
    if (!o || o.hash !== e.hash || (!vouched && (o.mtimeMs !== e.mtimeMs || o.ctimeMs !== e.ctimeMs || o.size !== e.size || o.ino !== e.ino))) this.dirty++;
    this.next.set(rel, e);
  }

  /**
   * Keep a file parsed in this run, by its row as the parse made it (worker-task.ts loadFast): it
   * is written to the new cache file at once and not held (a cold read of 120k files would
   * otherwise hold every value's JSON until the end).
   */
  add(row: string): void {
    this.dirty++;
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
    if (kept) { this.dirty++; kept.checked = { kind, value: value === undefined ? kept.data : value }; return; }
    // a file added in this run: its row is written already
    if (value !== undefined) this.writer?.write(`\n${JSON.stringify([rel, kind, value] satisfies CheckLine)}`);
    else this.noteSame(kind, rel);
  }

  private noteSame(kind: string, rel: string): void {
    const rels = this.same.get(kind);
    if (rels) rels.push(rel); else this.same.set(kind, [rel]);
  }

  /** Whether save writes the file: it could not be used, or enough of its rows would change. */
  get rewrites(): boolean {
    // a row of a file gone (or no longer clean) is one the file need not carry
    const gone = this.old.size - this.next.size;
    return this.fresh || this.dirty + gone > this.old.size * REWRITE_SHARE;
  }

  /** Write the entries kept in this run, when that pays (rewrites). Never throws. */
  save(): void {
    const body = this.body;
    this.body = null;
    if (!this.rewrites) { this.writer?.discard(); this.writer = null; return; }
    const w = this.writer === undefined ? SignedWriter.open(join(this.root, CACHE_DIR, CACHE_FILE), `{"print":${JSON.stringify(this.print)}}`) : this.writer;
    this.writer = null;
    if (!w) return;
    for (const [rel, e] of this.next) {
      const o = this.old.get(rel);
      const value = o?.raw && o.data === e.data && body ? valueBytes(body, rel, o) : null;
      if (value) {
        w.write(rowHead(rel, e, e.hash, this.racyAfter));
        w.writeBytes(body!, value[0], value[1]);
        w.write(']');
      } else w.write(rowText(rel, e, e.hash, JSON.stringify(e.data), this.racyAfter));
    }
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
 * Where the value's JSON is in a row read from `body`, as rowText wrote it: its first six fields,
 * a comma, the value, a bracket; null for a row of any other shape. Found here, for the rows a
 * rewrite copies, not for every row read: a run that writes nothing never needs it.
 */
function valueBytes(body: Buffer, rel: string, o: CacheEntry): [start: number, end: number] | null {
  const [at, nl] = o.raw!;
  const start = at + Buffer.byteLength(JSON.stringify([rel, o.size, o.mtimeMs, o.ctimeMs, o.ino, o.hash]));
  return start < nl && body[start - 1] === 0x2c && body[nl - 1] === 0x5d ? [start, nl - 1] : null;
}
