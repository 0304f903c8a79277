// Small file systems for write-failure tests: a tiny tmpfs (a full disk) and a read-only bind
// mount. They need root and a kernel that lets this process mount; where that is not permitted
// the tests that use them are skipped (`it.skipIf(!canMount)`), never failed.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function tryMount(args: string[]): boolean {
  return spawnSync('mount', args, { stdio: 'ignore' }).status === 0;
}

export interface Mount { dir: string; done(): void }

/** Fill the disk of `dir` to the last byte (a file `filler` in it). */
export function fill(dir: string): void {
  const fd = openSync(join(dir, 'filler'), 'w');
  try {
    for (const size of [1 << 16, 1 << 10, 1]) {
      const buf = Buffer.alloc(size);
      try { for (;;) writeSync(fd, buf); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e; }
    }
  } finally { closeSync(fd); }
}

function unmountLater(dir: string, base: string): () => void {
  return () => { spawnSync('umount', [dir], { stdio: 'ignore' }); rmSync(base, { recursive: true, force: true }); };
}

/** A tmpfs of `kb` KiB (a disk that fills up at once), or null where mounting is not permitted. */
export function tinyDisk(kb = 64): Mount | null {
  const base = mkdtempSync(join(tmpdir(), 'kzp-full-'));
  const dir = join(base, 'disk');
  mkdirSync(dir);
  if (!tryMount(['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir])) { rmSync(base, { recursive: true, force: true }); return null; }
  return { dir, done: unmountLater(dir, base) };
}

/** A read-only view (bind mount) of a new empty folder, or null where mounting is not permitted. */
export function readOnlyDir(): Mount | null {
  const base = mkdtempSync(join(tmpdir(), 'kzp-ro-'));
  const src = join(base, 'src');
  const dir = join(base, 'ro');
  mkdirSync(src);
  mkdirSync(dir);
  if (!tryMount(['--bind', '-o', 'ro', src, dir])) { rmSync(base, { recursive: true, force: true }); return null; }
  // older util-linux applies `ro` to a bind mount only on a remount
  try { execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'ignore' }); } catch { /* already read-only */ }
  return { dir, done: unmountLater(dir, base) };
}

/** Whether this process may mount (probed once with a tiny tmpfs). */
export const canMount: boolean = (() => { const m = tinyDisk(16); m?.done(); return m !== null; })();
