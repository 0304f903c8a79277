// Parse workers (worker-pool.ts) run from the built code only (a worker cannot load TypeScript):
// on the built dist/, many files parsed on all cores give exactly what one thread gives, in order.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FastFile } from '../../src/workspace/fast/worker-task.js';

const DIST = fileURLToPath(new URL('../../dist/workspace/fast/worker-pool.js', import.meta.url));
const STAMPS = fileURLToPath(new URL('../../dist/workspace/fast/stamp-pool.js', import.meta.url));

describe.skipIf(!existsSync(DIST))('parse workers (built code)', () => {
  it('give the same results as one thread, in path order, with a broken file left to the careful path', async () => {
    const pool = (await import(DIST)) as typeof import('../../src/workspace/fast/worker-pool.js');
    const dir = mkdtempSync(join(tmpdir(), 'kzp-workers-'));
    mkdirSync(join(dir, 'units'));
    try {
      const n = pool.PARALLEL_MIN_FILES + 100;
      const files: { abs: string; rel: string }[] = [];
      for (let i = 0; i < n; i++) {
        const rel = `units/f${i}.yaml`;
        writeFileSync(join(dir, rel), i === 77 ? 'a: 1\na: 2\n' : `id: f${i}\nvalue: ${i}\nlist: [a, ${i}.5, "x"]\n`);
        files.push({ abs: join(dir, rel), rel });
      }
      files.push({ abs: join(dir, 'units', 'missing.yaml'), rel: 'units/missing.yaml' });
      // every index handed on exactly once, whatever the order the chunks come in
      const all = (threads: number) => {
        const out: (FastFile | null)[] = new Array(files.length);
        const calls = new Array<number>(files.length).fill(0);
        pool.forEachFast({ files, withHash: true }, (i, f) => { calls[i]++; out[i] = f; }, { threads });
        expect(calls.every((c) => c === 1)).toBe(true);
        return out;
      };
      const many = all(2);
      const one = all(1);
      expect(many).toStrictEqual(one);
      expect(many[77]).toBeNull();
      expect(many[n]).toBeNull();
      expect(many[5]?.data).toEqual({ id: 'f5', value: 5, list: ['a', 5.5, 'x'] });
      expect(JSON.parse(many[5]!.row!)).toEqual(['units/f5.yaml', many[5]!.size, many[5]!.mtimeMs, many[5]!.ctimeMs, many[5]!.ino, many[5]!.hash, many[5]!.data]);
      expect(many.filter((x) => x !== null)).toHaveLength(n - 1);
      // a file whose bytes hash to what the cache expects is not parsed, on any thread
      const expecting = files.map((f, i) => ({ ...f, expect: i % 2 ? 'not this hash' : one[i]?.hash }));
      const seen = new Array<FastFile | null>(files.length);
      pool.forEachFast({ files: expecting, withHash: true }, (i, f) => { seen[i] = f; }, { threads: 2 });
      expect(seen[4]).toStrictEqual({ size: one[4]!.size, mtimeMs: one[4]!.mtimeMs, ctimeMs: one[4]!.ctimeMs, ino: one[4]!.ino, hash: one[4]!.hash, same: true });
      expect(seen[5]).toStrictEqual(one[5]);
      expect(seen.filter((f) => f?.same)).toHaveLength(Math.ceil(n / 2)); // every even one (the broken 77 is odd)
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!existsSync(STAMPS))('the stamp worker (built code)', () => {
  it('gives each file the stamp statSync gives, and null where the stat fails, with or without the worker', async () => {
    const { startStamps } = (await import(STAMPS)) as typeof import('../../src/workspace/fast/stamp-pool.js');
    const { workerUrl } = (await import(DIST)) as typeof import('../../src/workspace/fast/worker-pool.js');
    const dir = mkdtempSync(join(tmpdir(), 'kzp-stamps-'));
    try {
      const paths: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const p = join(dir, `f${i}.yaml`);
        if (i !== 1234) writeFileSync(p, 'x'.repeat(i % 97));
        paths.push(p);
      }
      const want = paths.map((p) => { try { const st = statSync(p); return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino }; } catch { return null; } });
      for (const url of [workerUrl(), null]) {
        const at = startStamps(paths, url).finish();
        expect(paths.map((_, i) => at(i))).toStrictEqual(want);
      }
      expect(want[1234]).toBeNull();
      // a cancelled stamping leaves nothing running that keeps the process alive
      startStamps(paths, workerUrl()).cancel();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
