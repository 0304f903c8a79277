// Parse workers (worker-pool.ts) run from the built code only (a worker cannot load TypeScript):
// on the built dist/, many files parsed on all cores give exactly what one thread gives, in order.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FastFile } from '../../src/workspace/fast/worker-task.js';

const DIST = fileURLToPath(new URL('../../dist/workspace/fast/worker-pool.js', import.meta.url));
const STAMPS = fileURLToPath(new URL('../../dist/workspace/fast/stamp-pool.js', import.meta.url));
const GIT_INDEX = fileURLToPath(new URL('../../dist/workspace/fast/git-index.js', import.meta.url));

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
        // file 9 is bigger than a worker takes (WORKER_MAX_BYTES): the main thread parses it
        const text = i === 77 ? 'a: 1\na: 2\n' : i === 9 ? `id: f9\nlist:\n${'  - 一个相当长的条目，足够把文件撑大\n'.repeat(8000)}` : `id: f${i}\nvalue: ${i}\nlist: [a, ${i}.5, "x"]\n`;
        writeFileSync(join(dir, rel), text);
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
      expect(statSync(files[9].abs).size).toBeGreaterThan(256 * 1024);
      expect((many[9]?.data as { list: string[] }).list).toHaveLength(8000);
      // what a worker does with the job as it crosses (pack, unpack): the same, but for the big
      // file, which it leaves; a path that is not the listing's head followed by rel crosses whole
      const odd = [...files, { abs: join(dir, 'units', 'f5.yaml'), rel: 'elsewhere/f5.yaml', expect: 'a hash' }];
      const packed = pool.pack({ files: odd, withHash: true });
      expect(packed.head).toBe(join(dir, '/'));
      const got = new Array<FastFile | null | undefined>(odd.length);
      pool.drain(pool.unpack(packed), new Int32Array(3), ([start, fs]) => fs.forEach((f, k) => { got[start + k] = f; }), true);
      expect(got[9]).toBeUndefined();
      // a worker's value crosses as its row only (the main thread makes it again: valueOf)
      const bare = (f: FastFile | null | undefined) => { if (!f) return f; const { data: _, ...rest } = f; return rest; };
      expect(got.slice(0, 9)).toStrictEqual(one.slice(0, 9).map(bare));
      expect(got.slice(10, n + 1)).toStrictEqual(one.slice(10, n + 1).map(bare));
      expect(JSON.parse(got[n + 1]!.row!)[0]).toBe('elsewhere/f5.yaml');
      // a job of another shape (an object a file) is no work: the worker ends, the main thread does it
      let delivered = 0;
      pool.drain(pool.unpack({ files: odd, withHash: true } as never), new Int32Array(3), () => { delivered++; }, true);
      expect(delivered).toBe(0);
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
      const rels: string[] = [], paths: string[] = [];
      for (let i = 0; i < 2000; i++) {
        rels.push(`f${i}.yaml`);
        paths.push(join(dir, rels[i]));
        if (i !== 1234) writeFileSync(paths[i], 'x'.repeat(i % 97));
      }
      const want = paths.map((p) => { try { const st = statSync(p); return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino }; } catch { return null; } });
      for (const url of [workerUrl(), null]) {
        const s = startStamps(dir, rels, paths, url);
        const at = s.finish();
        expect(paths.map((_, i) => at(i))).toStrictEqual(want);
        expect(s.gitIndex()).toBeNull(); // not a repository
      }
      expect(want[1234]).toBeNull();
      // a cancelled stamping leaves nothing running that keeps the process alive
      startStamps(dir, rels, paths, workerUrl()).cancel();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives each file the entry of git\'s index that the main thread reads itself', async () => {
    const { startStamps, stampWorker, gitIndexHere } = (await import(STAMPS)) as typeof import('../../src/workspace/fast/stamp-pool.js');
    const { workerUrl } = (await import(DIST)) as typeof import('../../src/workspace/fast/worker-pool.js');
    const { readGitIndex } = (await import(GIT_INDEX)) as typeof import('../../src/workspace/fast/git-index.js');
    const dir = mkdtempSync(join(tmpdir(), 'kzp-stamps-git-'));
    try {
      mkdirSync(join(dir, 'units'));
      const rels: string[] = [], paths: string[] = [];
      for (let i = 0; i < 300; i++) { rels.push(`units/u${i}.yaml`); paths.push(join(dir, rels[i])); writeFileSync(paths[i], `id: u${i}\n`); }
      const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z' } });
      git('init', '-q');
      git('add', 'units/u1.yaml', 'units/u2.yaml');
      git('commit', '-q', '-m', 'units');
      git('add', '.');
      // the files' mtimes before the index's: not racy, so the index vouches for them
      const past = new Date('2026-01-01T00:00:00Z');
      for (const p of paths) utimesSync(p, past, past);
      // one file not in the index at all
      git('rm', '-q', '--cached', 'units/u7.yaml');
      git('update-index', '--refresh');
      const index = readGitIndex(dir, ['units'])!;
      expect(index.size).toBe(299);
      const want = rels.map((r) => index.get(r));
      expect(want[7]).toBeUndefined();
      const each = (at: ((k: number) => unknown) | null) => rels.map((_, k) => at!(k));
      expect(each(gitIndexHere(dir, rels))).toStrictEqual(want);
      // what the worker does, here: its entries written by place
      const job = {
        paths, stamps: new Float64Array(paths.length * 4), counters: new Int32Array(1), ready: new Int32Array(Math.ceil(paths.length / 256)),
        git: { root: dir, rels, state: new Int32Array(1), entries: new Float64Array(paths.length * 4), ids: new Uint8Array(paths.length * 40) },
      };
      stampWorker(job);
      expect(job.git.state[0]).toBe(3); // written
      expect(job.git.entries[7 * 4]).toBe(-1);
      expect(Buffer.from(job.git.ids).toString('latin1', 5 * 40, 6 * 40)).toBe(want[5]!.id);
      expect([job.git.entries[20], job.git.entries[21], job.git.entries[22], job.git.entries[23]]).toStrictEqual([want[5]!.size, want[5]!.mtimeMs, want[5]!.ctimeMs, want[5]!.ino]);
      // and through the worker, or read here where the worker has not begun it
      const s = startStamps(dir, rels, paths, workerUrl());
      s.finish();
      expect(each(s.gitIndex())).toStrictEqual(want);
      s.cancel();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
