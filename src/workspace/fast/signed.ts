// The cache folder of a workspace, `.kzp/cache/`, and its signed files: the parse cache
// (parse-cache.ts) and the verdict (verdict.ts). Each file starts with an HMAC of its content
// under a key that lives outside the workspace (in the user's cache folder), so a cache committed
// to the repository — or crafted by anyone who cannot read that key — is never trusted: a
// poisoned cache must not turn a broken file into a clean one. Anything committed at these names
// is data, never a place to write to or a stream to wait on: `.kzp` and `.kzp/cache` are used only
// when they are folders of this user (not links), a cache file is read only when it is a regular
// file (opened without following a link, without waiting on a FIFO) under CACHE_MAX_BYTES, and is
// written through an exclusively created temporary file under a random name, renamed into place.
// Any error reading or writing one is ignored, and each is safe to delete at any time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { homedir } from 'node:os';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commitTemp, createTemp, discardTemp, type TempFile } from '../../util/index.js';
import { noticeOnce } from '../../util/index.js';

export const CACHE_DIR = '.kzp/cache';
/** Below this many files reading is quicker than a cache's own bookkeeping, and no cache is used or written. */
export const CACHE_MIN_FILES = 1000;
/** A cache file larger than this is not ours (the parse cache of 120k records is about 100 MB): skipped unread. */
export const CACHE_MAX_BYTES = 512 * 2 ** 20;
/** The writer's buffer: large enough that a write call is rare, small enough to stay in cache. */
const CHUNK = 1 << 20;

const READ_SAFE = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Whether `dir` (a workspace's `.kzp/cache`) and its parent `.kzp` are folders of this user and
 * not links. `make`: create the missing ones (mode 0700), else a missing one is simply "no cache".
 * A refusal is told once, as a warning line; the run goes on without the cache.
 */
export function cacheFolderUsable(dir: string, make: boolean): boolean {
  const uid = process.getuid?.();
  for (const d of [dirname(dir), dir]) {
    let st = lstatSync(d, { throwIfNoEntry: false });
    if (!st && make) {
      // not recursive: an existing link at this name is never followed (EEXIST), it is looked at below
      try { mkdirSync(d, { mode: 0o700 }); } catch { /* raced, or not permitted */ }
      st = lstatSync(d, { throwIfNoEntry: false });
    }
    if (!st) return false;
    const why = st.isSymbolicLink() ? 'symlink' : !st.isDirectory() ? 'notDir' : uid !== undefined && st.uid !== uid ? 'notOwner' : null;
    if (why) {
      noticeOnce(`cache.${why}`, { folder: d === dir ? CACHE_DIR : dirname(CACHE_DIR) });
      return false;
    }
  }
  return true;
}

/** The bytes of a cache file, only when it is a regular file (no link, FIFO or device) under CACHE_MAX_BYTES. */
function readCacheFile(file: string, max: number): Buffer | null {
  if (!cacheFolderUsable(dirname(file), false)) return null;
  let fd: number;
  try { fd = openSync(file, READ_SAFE); } catch { return null; }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > max) return null;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) return null; // shrank while read: not a file to trust
      off += n;
    }
    return buf;
  } finally { closeSync(fd); }
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


/**
 * A signed cache file being written: a placeholder signature line, then the content streamed
 * through one ≈ 1 MB buffer that is hashed and written each time it fills; `finish` writes the
 * signature over its placeholder and renames the temporary file into place. Text is encoded
 * into the buffer in place and bytes are copied into it (`writeBytes`: a kept cache row's
 * value is copied from the file it was read from, never decoded and encoded again). Never
 * throws: any error drops the temporary file and the cache is simply not written.
 */
export class SignedWriter {
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private constructor(private readonly file: string, private readonly tmp: TempFile, private fd: number | null, private readonly h: ReturnType<typeof createHmac>) {}

  static open(file: string, first: string): SignedWriter | null {
    const key = cacheKey();
    if (!key || !cacheFolderUsable(dirname(file), true)) return null;
    let tmp: TempFile | undefined;
    try {
      tmp = createTemp(file, 0o600);
      const w = new SignedWriter(file, tmp, tmp.fd, createHmac('sha256', key));
      writeSync(tmp.fd, `${'0'.repeat(64)}\n`);
      w.write(first);
      return w;
    } catch {
      if (tmp) { try { closeSync(tmp.fd); } catch { /* closed */ } discardTemp(tmp); }
      return null;
    }
  }

  write(text: string): void {
    if (this.fd === null) return;
    // a UTF-16 code unit is at most three bytes of UTF-8: with that much room the text fits whole
    if (this.used + text.length * 3 > CHUNK) {
      this.flush();
      if (text.length * 3 > CHUNK) { this.out(Buffer.from(text)); return; }
    }
    this.used += this.buf.write(text, this.used);
  }

  /** `src[start, end)`, as they are. */
  writeBytes(src: Uint8Array, start = 0, end = src.length): void {
    if (this.fd === null) return;
    if (this.used + (end - start) > CHUNK) {
      this.flush();
      if (end - start > CHUNK) { this.out(src.subarray(start, end)); return; }
    }
    this.buf.set(src.subarray(start, end), this.used);
    this.used += end - start;
  }

  private flush(): void {
    if (this.used === 0) return;
    const b = this.buf.subarray(0, this.used);
    this.used = 0;
    this.out(b);
  }

  private out(b: Uint8Array): void {
    if (this.fd === null) return;
    try {
      this.h.update(b);
      for (let off = 0; off < b.length;) off += writeSync(this.fd, b, off);
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
      commitTemp(this.tmp, this.file);
    } catch { this.abort(); }
  }

  /** Leave the file as it was: the temporary file is removed. */
  discard(): void { this.abort(); }

  private abort(): void {
    if (this.fd !== null) { try { closeSync(this.fd); } catch { /* closed */ } this.fd = null; }
    discardTemp(this.tmp);
  }
}

/** The body of a cache file whose signature is ours, as bytes; null when missing, unreadable, not a regular file, too large, unsigned or forged. */
export function readSignedBytes(file: string, max = CACHE_MAX_BYTES): Buffer | null {
  try {
    const key = cacheKey();
    if (!key) return null;
    const bytes = readCacheFile(file, max);
    if (!bytes) return null;
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
