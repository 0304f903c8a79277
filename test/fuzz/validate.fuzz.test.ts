// Fuzzing validation: random mutations of sample-data files (delete a key, change a
// type, swap values, truncate, insert random bytes or text, …) through the in-process pipeline of
// `kzp validate` (test/helpers.ts validateMemory), and a handful through the built CLI.
// Properties: it never throws and never hangs; no rule crashes; every diagnostic is well formed
// and points at a line that exists in its file; a file that the model had to drop (it did not
// decode, parse or pass its schema) always has an error of its own — nothing breaks silently.
// Seeded and short in `npm test`; `npm run fuzz` (KZP_FUZZ_RUNS, KZP_FUZZ_SEED) runs long.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateLoaded } from '../../src/rules/index.js';
import type { Model } from '../../src/model/index.js';
import { loadMemory, readTree, withFiles, type Files } from '../helpers.js';
import { BIN, ROOT } from '../e2e/run.js';
import { applyAll, opArb, type Op } from './mutate.js';

const RUNS = Number(process.env.KZP_FUZZ_RUNS ?? 250);
const SEED = Number(process.env.KZP_FUZZ_SEED ?? 20220870);
const SAMPLE = readTree(join(ROOT, 'sample-data'));
const PATHS = Object.keys(SAMPLE).filter((p) => p.endsWith('.yaml')).sort();
const RULE_ID = /^(YAML|SCHEMA|REF|[A-Z]{2}-\d)$/;

const stats = { runs: 0, changed: 0, withErrors: 0, inMutated: 0, dropped: 0, throws: 0, maxMs: 0, totalMs: 0, diagnostics: 0, cli: 0, cliExit: new Map<number, number>() };

function recordFiles(m: Model): Set<string> {
  const s = new Set<string>();
  if (m.configFile) s.add(m.configFile.path);
  for (const r of [...m.units.values(), ...m.projects.values(), ...m.lists.values(), ...m.ledgers, ...m.reviews, ...m.dispatches, ...m.inspections]) s.add(r.file.path);
  return s;
}

function lineCount(v: string | Uint8Array | undefined): number {
  if (v === undefined) return 1;
  const b = typeof v === 'string' ? new TextEncoder().encode(v) : v;
  let n = 1;
  for (const x of b) if (x === 0x0a || x === 0x0d) n++;
  return n;
}

function check(file: string, ops: Op[]): void {
  const original = SAMPLE[file] as Uint8Array;
  const mutated = applyAll(original, ops);
  const files: Files = withFiles({ [file]: mutated }, SAMPLE);
  const t0 = performance.now();
  let ds;
  let loaded;
  try {
    loaded = loadMemory(files);
    ds = validateLoaded(loaded, 'en');
  } catch (e) {
    stats.throws++;
    throw e;
  }
  const ms = performance.now() - t0;
  stats.runs++; stats.totalMs += ms; stats.maxMs = Math.max(stats.maxMs, ms); stats.diagnostics += ds.length;
  const changed = Buffer.compare(Buffer.from(mutated), Buffer.from(original)) !== 0;
  if (changed) stats.changed++;
  expect(ms, 'one validation of the mutated workspace').toBeLessThan(10000);
  for (const d of ds) {
    expect(d.rule).toMatch(RULE_ID);
    expect(d.message).not.toMatch(/^rule .* failed: /); // cli.ruleCrashed: a rule threw
    expect(d.message).not.toMatch(/^[a-z]+\.[A-Za-z.]+$|undefined|\[object Object\]/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.file in files || d.file === 'kzp.yaml', `diagnostic in an unknown file ${d.file}`).toBe(true);
    expect(d.line, `${d.file}:${d.line} ${d.rule} ${d.message}`).toBeLessThanOrEqual(lineCount(files[d.file]));
  }
  const errors = ds.filter((d) => d.severity === 'error');
  if (errors.length) stats.withErrors++;
  if (ds.some((d) => d.file === file)) stats.inMutated++;
  if (!changed) expect(errors).toEqual([]);
  // a record the model dropped has an error of its own
  if (!recordFiles(loaded.model).has(file)) {
    stats.dropped++;
    expect(errors.some((d) => d.file === file), `${file} was dropped silently after ${JSON.stringify(ops)}`).toBe(true);
  }
}

describe('fuzz: validation of mutated sample-data files never throws, hangs or drops a file silently', () => {
  afterAll(() => {
    console.log(`fuzz validate: seed ${SEED}, ${stats.runs} mutated workspaces of ${PATHS.length} files (${stats.changed} changed), ${stats.throws} crashes, ` +
      `${stats.withErrors} with errors, ${stats.inMutated} with a diagnostic in the mutated file, ${stats.dropped} files dropped by the model (each with its own error), ` +
      `${stats.diagnostics} diagnostics checked, ${stats.runs ? (stats.totalMs / stats.runs).toFixed(0) : 0} ms mean, ${stats.maxMs.toFixed(0)} ms max; ` +
      `through the CLI: ${stats.cli} runs, exit codes ${JSON.stringify(Object.fromEntries(stats.cliExit))}`);
  });

  it('the unmutated sample-data is clean', () => {
    const ds = validateLoaded(loadMemory(SAMPLE), 'en');
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it(`in process: ${RUNS} random mutations`, () => {
    fc.assert(fc.property(fc.constantFrom(...PATHS), fc.array(opArb, { minLength: 1, maxLength: 3 }), (file, ops) => { check(file, ops); }), { seed: SEED, numRuns: RUNS });
  }, 600000);

  it('through the built CLI: a handful of mutated workspaces exit 0 or 1 with JSON and no stack trace', () => {
    const n = Math.max(6, Math.round(RUNS / 40));
    const samples = fc.sample(fc.tuple(fc.constantFrom(...PATHS), fc.array(opArb, { minLength: 1, maxLength: 3 })), { seed: SEED + 1, numRuns: n });
    for (const [file, ops] of samples) {
      const dir = mkdtempSync(join(tmpdir(), 'kzp-fuzz-'));
      try {
        cpSync(join(ROOT, 'sample-data'), dir, { recursive: true });
        writeFileSync(join(dir, file), applyAll(SAMPLE[file] as Uint8Array, ops));
        const r = spawnSync(process.execPath, [BIN, '-C', dir, 'validate', '--format', 'json', '--no-git'], { encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' } });
        stats.cli++;
        stats.cliExit.set(r.status ?? -1, (stats.cliExit.get(r.status ?? -1) ?? 0) + 1);
        expect(r.signal, `${file} ${JSON.stringify(ops)}`).toBeNull();
        expect([0, 1], `${file} ${JSON.stringify(ops)}: ${r.stderr}`).toContain(r.status);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        const j = JSON.parse(r.stdout) as { ok: boolean; diagnostics: { file: string }[] };
        expect(j.ok).toBe(r.status === 0);
      } finally { rmSync(dir, { recursive: true, force: true }); }
    }
  }, 600000);
});
