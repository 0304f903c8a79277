// Parse workers (worker-pool.ts) run from the built code only (a worker cannot load TypeScript):
// on the built dist/, many files parsed on all cores give exactly what one thread gives, in order,
// and the schema check they run on each clean record (issue 7) says what checkRecord says.
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FastFile } from '../../src/workspace/worker-task.js';

const DIST = fileURLToPath(new URL('../../dist/workspace/worker-pool.js', import.meta.url));
const CHECK = fileURLToPath(new URL('../../dist/schema/check.js', import.meta.url));

describe.skipIf(!existsSync(DIST))('parse workers (built code)', () => {
  it('give the same results as one thread, in path order, with a broken file left to the careful path', async () => {
    const pool = (await import(DIST)) as typeof import('../../src/workspace/worker-pool.js');
    const { checkClean, checkRecord } = (await import(CHECK)) as typeof import('../../src/schema/check.js');
    const { SourceFile } = (await import(fileURLToPath(new URL('../../dist/workspace/source.js', import.meta.url)))) as typeof import('../../src/workspace/source.js');
    const dir = mkdtempSync(join(tmpdir(), 'kzp-workers-'));
    mkdirSync(join(dir, 'units'));
    try {
      const n = pool.PARALLEL_MIN_FILES + 100;
      const files: { abs: string; rel: string; kind: string }[] = [];
      const text = (i: number) =>
        i === 77 ? 'a: 1\na: 2\n' // a duplicate key: the careful path's
          : i === 78 ? 'id: not-78\nname: 单位\ntype: department\npeople: []\n' // id ≠ file name: checkRecord's diagnostic
            : i === 79 ? 'id: f79\nname: 单位\ntype: nowhere\n' // not a unit type
              : i % 2 ? `id: f${i}\nname: 单位${i}\ntype: department\npeople:\n  - { id: p${i}, name: 人员${i} }\n` // as the schema gives it back
                : `name: 单位${i}\nid: f${i}\ntype: department\n`; // keys in another order, people filled in by the schema
      for (let i = 0; i < n; i++) {
        const rel = `units/f${i}.yaml`;
        writeFileSync(join(dir, rel), text(i));
        files.push({ abs: join(dir, rel), rel, kind: 'unit' });
      }
      files.push({ abs: join(dir, 'units', 'missing.yaml'), rel: 'units/missing.yaml', kind: 'unit' });
      // every index handed on exactly once, whatever the order the chunks come in
      const all = (threads: number) => {
        const out: (FastFile | null)[] = new Array(files.length);
        const calls = new Array<number>(files.length).fill(0);
        pool.forEachFast({ files, withHash: true, check: { url: pathToFileURL(CHECK).href, fn: checkClean } }, (i, f) => { calls[i]++; out[i] = f; }, { threads });
        expect(calls.every((c) => c === 1)).toBe(true);
        return out;
      };
      const many = all(2);
      const one = all(1);
      expect(many).toStrictEqual(one);
      expect(many[77]).toBeNull();
      expect(many[n]).toBeNull();
      expect(many.filter((x) => x !== null)).toHaveLength(n - 1);
      expect(many[5]?.data).toEqual({ id: 'f5', name: '单位5', type: 'department', people: [{ id: 'p5', name: '人员5' }] });
      expect(many[5]?.checked).toEqual({ kind: 'unit', value: many[5]?.data });
      expect(many[5]?.checked?.value).toBe(many[5]?.data); // the same JSON: one value, not two
      expect(many[6]?.checked).toEqual({ kind: 'unit', value: { id: 'f6', name: '单位6', type: 'department', people: [] } });
      expect(many[6]?.data).toEqual({ name: '单位6', id: 'f6', type: 'department' });
      // checked exactly where checkRecord has nothing to say, with its value
      for (const i of [5, 6, 78, 79, 100, 101]) {
        const f = many[i]!;
        const r = checkRecord(Object.assign(new SourceFile(files[i].rel, text(i)), { data: f.data }), 'unit', 'en');
        expect(f.checked ?? null).toEqual(r.diagnostics.length ? null : { kind: 'unit', value: r.value });
      }
      expect(many[78]?.checked).toBeUndefined();
      expect(many[79]?.checked).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
