// Parse workers (worker-pool.ts) run from the built code only (a worker cannot load TypeScript):
// on the built dist/, many files parsed on all cores give exactly what one thread gives, in order.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FastFile } from '../../src/workspace/worker-task.js';

const DIST = fileURLToPath(new URL('../../dist/workspace/worker-pool.js', import.meta.url));

describe.skipIf(!existsSync(DIST))('parse workers (built code)', () => {
  it('give the same results as one thread, in path order, with a broken file left to the careful path', async () => {
    const pool = (await import(DIST)) as typeof import('../../src/workspace/worker-pool.js');
    const dir = mkdtempSync(join(tmpdir(), 'kzp-workers-'));
    try {
      const n = pool.PARALLEL_MIN_FILES + 100;
      const paths: string[] = [];
      for (let i = 0; i < n; i++) {
        const p = join(dir, `f${i}.yaml`);
        writeFileSync(p, i === 77 ? 'a: 1\na: 2\n' : `id: f${i}\nvalue: ${i}\nlist: [a, ${i}.5, "x"]\n`);
        paths.push(p);
      }
      paths.push(join(dir, 'missing.yaml'));
      // every index handed on exactly once, whatever the order the chunks come in
      const all = (threads: number) => {
        const out: (FastFile | null)[] = new Array(paths.length);
        const calls = new Array<number>(paths.length).fill(0);
        pool.forEachFast({ paths, withHash: true }, (i, f) => { calls[i]++; out[i] = f; }, { threads });
        expect(calls.every((c) => c === 1)).toBe(true);
        return out;
      };
      const many = all(2);
      const one = all(1);
      expect(many).toStrictEqual(one);
      expect(many[77]).toBeNull();
      expect(many[n]).toBeNull();
      expect(many[5]?.data).toEqual({ id: 'f5', value: 5, list: ['a', 5.5, 'x'] });
      expect(many.filter((x) => x !== null)).toHaveLength(n - 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
