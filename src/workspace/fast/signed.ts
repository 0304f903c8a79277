// The cache folder of a workspace, `.kzp/cache/`, and its signed files: the parse cache
// (parse-cache.ts) and the verdict (verdict.ts). Each file starts with an HMAC of its content
// under a key that lives outside the workspace (in the user's cache folder), so a cache committed
// to the repository — or crafted by anyone who cannot read that key — is never trusted: a
// poisoned cache must not turn a broken file into a clean one. Written atomically (temp file +
// rename); any error reading or writing one is ignored, and each is safe to delete at any time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { homedir } from 'node:os';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CACHE_DIR = '.kzp/cache';
/** Below this many files reading is quicker than a cache's own bookkeeping, and no cache is used or written. */
export const CACHE_MIN_FILES = 1000;

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
 * A signed cache file being written: a placeholder signature line, then the text streamed in
 * ≈ 1 MB chunks, each encoded once for both the HMAC and the file; `finish` writes the signature
 * over its placeholder and renames the temporary file into place. Never throws: any error drops
 * the temporary file and the cache is simply not written.
 */
export class SignedWriter {
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
