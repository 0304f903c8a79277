// The happy path of reading one record file, the same in the main thread and in a parse worker:
// open, size, read, decode, text checks, fast parse. Whatever is not plainly fine (unreadable, too
// large, not UTF-8, a text fault, a value the fast parse declines) answers null, and careful.ts reads
// that file again the careful way, which says what is wrong and where.
import { hash as digest } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decode } from '../decode.js';
import { MAX_FILE_BYTES } from '../limits.js';
import { parseFast } from '../parse.js';
import { checkText } from '../textcheck.js';
import { SMUDGED, stampOf, type FileStamp } from './stamp.js';

/**
 * A clean file's value and stamp. Its text is not kept: it is read again if a diagnostic needs an
 * excerpt or positions. With the parse cache on, `row` is the file's line of the cache (parse-cache.ts),
 * made where the file was parsed (on a worker's core, not the main thread's), the value as JSON:
 * a worker posts only that line, which the main thread turns back into the value faster than it
 * could take the object off the port, and writes to the cache as it is. A value JSON cannot carry
 * exactly has no row and is not cached.
 */
export interface FastFile extends FileStamp {
  data?: unknown;
  hash?: string;
  row?: string;
  /** the bytes hash to FastTarget.expect: not parsed */
  same?: boolean;
}

/**
 * The bytes' git blob id (SHA-1 of `blob <size>\0` and the bytes): the same key whether a run
 * hashes a file or takes the id from git's index without reading it (git-index.ts).
 */
export function contentHash(bytes: Uint8Array): string {
  return digest('sha1', Buffer.concat([Buffer.from(`blob ${bytes.length}\0`, 'latin1'), bytes]), 'hex');
}

/** readStamped's answer for a regular file larger than the reader takes (`max`), within MAX_FILE_BYTES. */
const LEFT = 'left';

/**
 * Bytes of a regular file, with its stamp; null if unreadable or over MAX_FILE_BYTES; LEFT if
 * over `max`. With `blob`, the bytes are read behind git's blob header, and `blob` is the two
 * together: its SHA-1 is the blob id in one call, with no copy (a streaming hash costs three
 * times as much on 26k small files).
 */
export function readStamped(abs: string, blob = false, max = MAX_FILE_BYTES): { bytes: Buffer; blob?: Buffer; stamp: FileStamp } | typeof LEFT | null {
  let fd: number;
  try { fd = openSync(abs, 'r'); } catch { return null; }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return null;
    if (st.size > max) return LEFT;
    const head = blob ? `blob ${st.size}\0` : '';
    const at = head.length; // ASCII: one byte a character
    const buf = Buffer.allocUnsafe(at + st.size);
    if (at) buf.write(head, 0, 'latin1');
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, at + off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    if (off !== st.size) return null; // changed while read: the careful path decides
    return { bytes: buf.subarray(at), blob: at ? buf : undefined, stamp: stampOf(st) };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Text and value of clean bytes, or null when anything needs a diagnostic. */
export function parseClean(bytes: Uint8Array): { text: string; data: unknown } | null {
  const dec = decode(bytes);
  if (!dec.ok) return null;
  if (checkText(dec.text).length) return null;
  const data = parseFast(dec.text);
  return data === null ? null : { text: dec.text, data };
}

/** A file for loadFast: where it is, and its workspace-relative path (its cache row names it). */
export interface FastTarget {
  abs: string;
  rel: string;
  /** the content hash the parse cache has for this file, whose stamp changed (a checkout, a copy, a racy row) */
  expect?: string;
}

/**
 * One file read and parsed, or null when the careful path must read it; undefined, not taken, for
 * a file of more than `max` bytes (a parse worker leaves those to the main thread: worker-pool.ts).
 */
export function loadFast(f: FastTarget, withHash: boolean, racyAfter?: number, max?: number): FastFile | null | undefined {
  const r = readStamped(f.abs, withHash, max);
  if (r === LEFT) return undefined;
  if (!r) return null;
  const hash = r.blob ? digest('sha1', r.blob, 'hex') : undefined;
  // the bytes the cache has already: nothing to parse, the cache's value is taken (begin.ts)
  if (hash !== undefined && hash === f.expect) return { ...r.stamp, hash, same: true };
  const p = parseClean(r.bytes);
  if (!p) return null;
  if (hash === undefined) return { ...r.stamp, data: p.data };
  if (!jsonExact(p.data, 0)) return { ...r.stamp, data: p.data, hash };
  // The value is kept as its JSON, and made again from it (valueOf) wherever it was parsed: a
  // string js-yaml gives is a slice of the file's whole text and keeps all of it alive (a quarter
  // of the heap on 26k files); JSON.parse gives strings of their own.
  return { ...r.stamp, hash, row: rowText(f.rel, r.stamp, hash, JSON.stringify(p.data), racyAfter) };
}

/**
 * A file's line of the parse cache (parse-cache.ts Row: path, stamp, hash, value), from the value's
 * JSON; made here for a file just parsed and by parse-cache.ts for one kept. A racy file's stamp is
 * smudged (RACY_MS): the next run compares its content instead.
 */
export function rowText(rel: string, stamp: FileStamp, hash: string, json: string, racyAfter?: number): string {
  return `${rowHead(rel, stamp, hash, racyAfter)}${json}]`;
}

/** The start of that line, up to the value's JSON: the value and a closing bracket follow it. */
export function rowHead(rel: string, stamp: FileStamp, hash: string, racyAfter?: number): string {
  const mtime = racyAfter !== undefined && stamp.mtimeMs > racyAfter ? SMUDGED : stamp.mtimeMs;
  return `\n${JSON.stringify([rel, stamp.size, mtime, stamp.ctimeMs, stamp.ino, hash]).slice(0, -1)},`;
}

/** The value of a result, whether it came as an object or as its cache row (parse-cache.ts Row). */
export function valueOf(f: FastFile): unknown {
  if (f.data === undefined && f.row !== undefined) f.data = (JSON.parse(f.row.slice(1)) as unknown[])[6];
  return f.data;
}

/** Whether JSON carries this value exactly (no NaN, ±Infinity or -0; not absurdly deep). */
export function jsonExact(v: unknown, depth: number): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (v === null || typeof v !== 'object') return typeof v !== 'undefined' && typeof v !== 'bigint';
  if (depth > 100) return false;
  if (Array.isArray(v)) { for (const x of v) if (!jsonExact(x, depth + 1)) return false; return true; }
  for (const k in v) if (!jsonExact((v as Record<string, unknown>)[k], depth + 1)) return false;
  return true;
}
