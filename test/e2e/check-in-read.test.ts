// The read checks each clean record it parsed against its schema, and the parse cache keeps the
// outcome (a warm read runs no Zod). Whether the check ran in the model, in the read or
// came from the cache, every command must print exactly what a run without cache and workers
// prints: the same diagnostics for broken records, the same values (schema defaults filled in,
// keys in any order).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_FILES } from '../../src/workspace/fast/worker-pool.js';
import { kzp, paddedSample } from './run.js';

let ws: string;
let keyDir: string;

beforeAll(() => {
  // sample-data plus units enough for the workers: in the schema's key order, in another order,
  // and without `people` (the schema fills in []), and some broken ones
  ws = paddedSample('kzp-check-read-', PARALLEL_MIN_FILES + 200, (i) => i % 3 === 0 ? `id: x-${i}\nname: 开州区示例单位${i}\ntype: institution\npeople:\n  - { id: x-p${i}, name: 示例${i}, duty: 项目科 }\n`
    : i % 3 === 1 ? `type: institution\nname: 开州区示例单位${i}\nid: x-${i}\n`
      : `id: x-${i}\nname: 示例单位${i}\ntype: township\nnote: 备注\n`);
  keyDir = mkdtempSync(join(tmpdir(), 'kzp-check-read-key-'));
  writeFileSync(join(ws, 'units', 'x-bad-id.yaml'), 'id: x-other\nname: 名字\ntype: institution\n');          // id ≠ file name
  writeFileSync(join(ws, 'units', 'x-bad-type.yaml'), 'id: x-bad-type\nname: 名字\ntype: 部门\n');             // not a unit type
  writeFileSync(join(ws, 'units', 'x-bad-key.yaml'), 'id: x-bad-key\nname: 名字\ntype: institution\nnmae: 2\n'); // unknown key
  writeFileSync(join(ws, 'projects', 'KZ-2022-999.yaml'), 'id: KZ-2022-999\nname: 测试项目\nsector: water\ntotal_investment: 壹佰\n');
});
afterAll(() => { rmSync(ws, { recursive: true, force: true }); rmSync(keyDir, { recursive: true, force: true }); });

const COMMANDS = [
  ['validate', '--format', 'json'],
  ['overdue', '--as-of', '2023-01-10', '--no-git', '--json'],
  ['escalations', '--as-of', '2023-01-10', '--json'],
  ['report', 'monthly', '--month', '2022-12', '--as-of', '2023-01-10', '--format', 'md', '-o', '-', '--force'],
];
const run = (args: string[], env: Record<string, string>) => kzp(['-C', ws, ...args], { env: { KZP_CACHE_KEY_DIR: keyDir, ...env } });
const dropCaches = () => rmSync(join(ws, '.kzp'), { recursive: true, force: true });

describe('the schema check in the read (workers, parse cache)', () => {
  it('every command prints the same without cache and workers, cold with them, and warm from the parse cache', () => {
    for (const args of COMMANDS) {
      dropCaches();
      const plain = run(args, { KZP_CACHE: '0', KZP_WORKERS: '0' });
      expect(plain.stdout.length).toBeGreaterThan(100);
      expect(plain.stderr).not.toMatch(/    at /); // no stack trace
      dropCaches();
      const cold = run(args, {});
      rmSync(join(ws, '.kzp', 'cache', 'validate.json'), { force: true });
      const warm = run(args, {});
      expect(cold).toEqual(plain);
      if (args[0] === 'validate') {
        // the cold run checked the records after their parse, and kept what it found after the rows
        const lines = readFileSync(join(ws, '.kzp', 'cache', 'parse.json'), 'utf8').split('\n').slice(2).map((l) => JSON.parse(l) as unknown[]);
        const same = lines.filter((l) => l.length === 2).flatMap((l) => l[1] as string[]);
        expect(same.length).toBeGreaterThan(PARALLEL_MIN_FILES / 2);                                  // checked value = the value
        expect(lines.filter((r) => r.length === 3).length).toBeGreaterThan(PARALLEL_MIN_FILES / 4);   // people filled in
        expect(lines.find((r) => r[0] === 'units/x-bad-id.yaml')).toHaveLength(7);                    // parsed,
        expect(same).not.toContain('units/x-bad-id.yaml');                                            // not checked
      }
      expect(warm).toEqual(plain);
    }
    const v = JSON.parse(run(['validate', '--json'], {}).stdout) as { diagnostics: { file: string; rule: string }[] };
    const files = new Set(v.diagnostics.map((d) => d.file));
    for (const f of ['units/x-bad-id.yaml', 'units/x-bad-type.yaml', 'units/x-bad-key.yaml', 'projects/KZ-2022-999.yaml']) expect(files).toContain(f);
  });
});
