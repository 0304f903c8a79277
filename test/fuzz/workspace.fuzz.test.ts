// Fuzzing what surrounds the records: random mutations of the `.kzp/` folder (links to folders
// and files outside, to /dev/zero, FIFOs, huge sparse files, garbage, a folder where a file
// belongs, links at temporary names) and of the top-level folder names (Ledgers/, ledger/,
// project/, Units/), through the built CLI, on sample-data padded past the caches' threshold
// with a warm cache. Properties: kzp validate never crashes (exit 0, 1 or 2, no stack trace) and
// never hangs; nothing outside the workspace is written (the parent folder is listed before and
// after, links not followed) and nothing in it outside `.kzp/`; where only `.kzp/` was mutated,
// the verdict is exactly that of a run without any cache. Seeded; `npm test` runs a few,
// `npm run fuzz` KZP_FUZZ_RUNS / 100.
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_MIN_FILES } from '../../src/workspace/index.js';
import { BIN, paddedSample } from '../e2e/run.js';

const RUNS = Math.max(3, Math.round(Number(process.env.KZP_FUZZ_RUNS ?? 250) / 100));
const SEED = Number(process.env.KZP_FUZZ_SEED ?? 20220870);
const HANG_MS = 120_000;

interface Place { ws: string; outside: string }
type Mutation = { name: string; cacheOnly: boolean; apply: (p: Place, n: number) => void };

const C = (p: Place, f = '') => join(p.ws, '.kzp', 'cache', f);
const fresh = (path: string) => { rmSync(path, { recursive: true, force: true }); };
const fifo = (path: string) => { fresh(path); spawnSync('mkfifo', [path]); };
const MUTATIONS: Mutation[] = [
  { name: '.kzp → outside folder', cacheOnly: true, apply: (p) => { fresh(join(p.ws, '.kzp')); symlinkSync(join(p.outside, 'dir'), join(p.ws, '.kzp')); } },
  { name: '.kzp → outside file', cacheOnly: true, apply: (p) => { fresh(join(p.ws, '.kzp')); symlinkSync(join(p.outside, 'victim'), join(p.ws, '.kzp')); } },
  { name: '.kzp dangling link', cacheOnly: true, apply: (p) => { fresh(join(p.ws, '.kzp')); symlinkSync(join(p.outside, 'nothing-here'), join(p.ws, '.kzp')); } },
  { name: '.kzp a file', cacheOnly: true, apply: (p) => { fresh(join(p.ws, '.kzp')); writeFileSync(join(p.ws, '.kzp'), 'x'); } },
  { name: '.kzp/cache → outside folder', cacheOnly: true, apply: (p) => { fresh(C(p)); mkdirSync(join(p.ws, '.kzp'), { recursive: true }); symlinkSync(join(p.outside, 'dir'), C(p)); } },
  { name: '.kzp/cache a FIFO', cacheOnly: true, apply: (p) => { mkdirSync(join(p.ws, '.kzp'), { recursive: true }); fifo(C(p)); } },
  { name: '.kzp/cache a file', cacheOnly: true, apply: (p) => { fresh(C(p)); mkdirSync(join(p.ws, '.kzp'), { recursive: true }); writeFileSync(C(p), 'x'); } },
  ...(['parse.json', 'validate.json'] as const).flatMap((f): Mutation[] => [
    { name: `${f} → outside file`, cacheOnly: true, apply: (p) => { mkdirSync(C(p), { recursive: true }); fresh(C(p, f)); symlinkSync(join(p.outside, 'victim'), C(p, f)); } },
    { name: `${f} → /dev/zero`, cacheOnly: true, apply: (p) => { mkdirSync(C(p), { recursive: true }); fresh(C(p, f)); symlinkSync('/dev/zero', C(p, f)); } },
    { name: `${f} a FIFO`, cacheOnly: true, apply: (p) => { mkdirSync(C(p), { recursive: true }); fifo(C(p, f)); } },
    { name: `${f} 8 GB sparse`, cacheOnly: true, apply: (p) => { mkdirSync(C(p), { recursive: true }); fresh(C(p, f)); writeFileSync(C(p, f), ''); truncateSync(C(p, f), 8 * 2 ** 30); } },
    { name: `${f} a folder`, cacheOnly: true, apply: (p) => { mkdirSync(C(p), { recursive: true }); fresh(C(p, f)); mkdirSync(C(p, f)); } },
    { name: `${f} garbage`, cacheOnly: true, apply: (p, n) => { mkdirSync(C(p), { recursive: true }); fresh(C(p, f)); writeFileSync(C(p, f), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + n * 17) & 255))); } },
    { name: `${f} one byte flipped`, cacheOnly: true, apply: (p, n) => {
      let b: Buffer; try { b = readFileSync(C(p, f)); } catch { return; }
      if (b.length > 80) { const at = 65 + (n % (b.length - 65)); b[at] ^= 0x20; writeFileSync(C(p, f), b); }
    } },
    { name: `links at ${f}'s temporary names`, cacheOnly: true, apply: (p) => {
      mkdirSync(C(p), { recursive: true });
      const max = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8'));
      const next = Number(spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout);
      for (let pid = next; pid < Math.min(next + 200, max); pid++) { try { symlinkSync(join(p.outside, `t${pid}`), C(p, `${f}.${pid}.tmp`)); } catch { /* there */ } }
    } },
  ]),
  { name: 'ledgers → Ledgers', cacheOnly: false, apply: (p) => { try { renameSync(join(p.ws, 'ledgers'), join(p.ws, 'Ledgers')); } catch { /* gone */ } } },
  { name: 'ledgers → ledger', cacheOnly: false, apply: (p) => { try { renameSync(join(p.ws, 'ledgers'), join(p.ws, 'ledger')); } catch { /* gone */ } } },
  { name: 'a month into LEDGERS/', cacheOnly: false, apply: (p) => { try { mkdirSync(join(p.ws, 'LEDGERS'), { recursive: true }); renameSync(join(p.ws, 'ledgers', '2022-12'), join(p.ws, 'LEDGERS', '2022-12')); } catch { /* gone */ } } },
  { name: 'projects → project', cacheOnly: false, apply: (p) => { try { renameSync(join(p.ws, 'projects'), join(p.ws, 'project')); } catch { /* gone */ } } },
  { name: 'units → Units', cacheOnly: false, apply: (p) => { try { renameSync(join(p.ws, 'units'), join(p.ws, 'Units')); } catch { /* gone */ } } },
  { name: 'reviews → review', cacheOnly: false, apply: (p) => { try { renameSync(join(p.ws, 'reviews'), join(p.ws, 'review')); } catch { /* gone */ } } },
];

let template: string;
let keyDir: string;
const stats = { runs: 0, kzp: 0, crashes: 0, hangs: 0, writesOutside: 0, writesInWorkspace: 0, sameAsNoCache: 0, exits: new Map<number, number>(), ms: 0, maxMs: 0, by: new Map<string, number>() };

/** Every entry under `dir` (links not followed) with its type, size and mtime; `skip` is left out. */
function listing(dir: string, skip: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const n of readdirSync(d).sort()) {
      const r = rel ? `${rel}/${n}` : n;
      if (skip(r)) continue;
      const st = lstatSync(join(d, n));
      out.push(`${r} ${st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.size} ${st.mtimeMs}`);
      if (st.isDirectory()) walk(join(d, n), r);
    }
  };
  walk(dir, '');
  return out;
}

function validate(ws: string, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, '-C', ws, '--lang', 'en', 'validate', '--format', 'json'], {
    encoding: 'utf8', timeout: HANG_MS, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', KZP_CACHE_KEY_DIR: keyDir, ...env },
  });
  const ms = performance.now() - t0;
  stats.kzp++; stats.ms += ms; stats.maxMs = Math.max(stats.maxMs, ms);
  if (r.signal) { stats.hangs++; throw new Error(`kzp validate hung (killed after ${HANG_MS} ms)`); }
  stats.exits.set(r.status ?? -1, (stats.exits.get(r.status ?? -1) ?? 0) + 1);
  if (![0, 1, 2].includes(r.status ?? -1) || /\n\s+at |internal error/i.test(r.stderr)) { stats.crashes++; throw new Error(`crash: exit ${r.status}\n${r.stderr}`); }
  return { code: r.status!, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  template = paddedSample('kzp-fuzz-ws-', CACHE_MIN_FILES + 10, (i) => `id: x-${i}\nname: 开州区示例单位${i}\ntype: institution\npeople:\n  - { id: x-p${i}, name: 示例${i}, duty: 项目科 }\n`);
  keyDir = mkdtempSync(join(tmpdir(), 'kzp-fuzz-key-'));
  const past = new Date(Date.now() - 3600_000);
  for (const e of readdirSync(template, { withFileTypes: true, recursive: true })) if (e.isFile()) utimesSync(join(e.parentPath, e.name), past, past);
  validate(template); // a warm cache to start from: parse.json and validate.json
});
afterAll(() => {
  for (const d of [template, keyDir]) rmSync(d, { recursive: true, force: true });
  console.log(`fuzz workspace: seed ${SEED}, ${stats.runs} mutated workspaces (${[...stats.by].map(([k, v]) => `${k} ×${v}`).join(', ')}); ` +
    `${stats.kzp} kzp runs, ${stats.crashes} crashes, ${stats.hangs} hangs, ${stats.writesOutside} writes outside the workspace, ${stats.writesInWorkspace} outside .kzp/ in it; ` +
    `${stats.sameAsNoCache} cache-only cases gave the verdict of a run without a cache; exit codes ${JSON.stringify(Object.fromEntries(stats.exits))}; ` +
    `${stats.kzp ? (stats.ms / stats.kzp).toFixed(0) : 0} ms mean, ${stats.maxMs.toFixed(0)} ms max a run`);
});

describe('fuzz: .kzp/ and folder names', () => {
  it(`${RUNS} mutated workspaces: no crash, no hang, no write outside, the cache changes no verdict`, () => {
    const arb = fc.tuple(fc.array(fc.integer({ min: 0, max: MUTATIONS.length - 1 }), { minLength: 1, maxLength: 3 }), fc.nat(1 << 20));
    for (const [picks, n] of fc.sample(arb, { seed: SEED, numRuns: RUNS })) {
      const parent = mkdtempSync(join(tmpdir(), 'kzp-fuzz-parent-'));
      const p: Place = { ws: join(parent, 'ws'), outside: join(parent, 'outside') };
      try {
        cpSync(template, p.ws, { recursive: true });
        mkdirSync(join(p.outside, 'dir'), { recursive: true });
        writeFileSync(join(p.outside, 'victim'), 'keep me\n');
        const ms = picks.map((i) => MUTATIONS[i]);
        // a mutation that cannot apply on top of an earlier one (a folder under a link to a file) is left out
        for (const m of ms) { try { m.apply(p, n); } catch { continue; } stats.by.set(m.name, (stats.by.get(m.name) ?? 0) + 1); }
        const what = ms.map((m) => m.name).join(' + ');
        const outsideBefore = listing(parent, (r) => r === 'ws' || r.startsWith('ws/'));
        const insideBefore = listing(p.ws, (r) => r === '.kzp' || r.startsWith('.kzp/'));
        const plain = validate(p.ws, { KZP_CACHE: '0' });
        const first = validate(p.ws);
        const second = validate(p.ws);
        stats.runs++;
        const outsideAfter = listing(parent, (r) => r === 'ws' || r.startsWith('ws/'));
        if (JSON.stringify(outsideAfter) !== JSON.stringify(outsideBefore)) stats.writesOutside++;
        expect(outsideAfter, `${what}: written outside the workspace`).toEqual(outsideBefore);
        const insideAfter = listing(p.ws, (r) => r === '.kzp' || r.startsWith('.kzp/'));
        if (JSON.stringify(insideAfter) !== JSON.stringify(insideBefore)) stats.writesInWorkspace++;
        expect(insideAfter, `${what}: written in the workspace outside .kzp/`).toEqual(insideBefore);
        expect(readFileSync(join(p.outside, 'victim'), 'utf8')).toBe('keep me\n');
        if (ms.every((m) => m.cacheOnly)) {
          expect({ code: first.code, stdout: first.stdout }, `${what}: first run with the cache`).toEqual({ code: plain.code, stdout: plain.stdout });
          expect({ code: second.code, stdout: second.stdout }, `${what}: second run with the cache`).toEqual({ code: plain.code, stdout: plain.stdout });
          stats.sameAsNoCache++;
        }
      } finally { rmSync(parent, { recursive: true, force: true }); }
    }
  });
});
