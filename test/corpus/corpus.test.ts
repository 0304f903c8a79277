// The corpus of hostile inputs, data-driven: each case of cases.ts is applied to a
// temporary copy of the base fixture (or sample-data) and run through the built CLI, as a
// user or CI would: `node bin/kzp.js -C <copy> validate --format json`, then again in Chinese
// text form. Every case must exit 1 (2 for an unusable workspace), name the diagnostics it
// lists (rule, file, line, column), never print a stack trace, and say something readable.
// The time of each run is measured and printed, not asserted.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { BIN, ROOT } from '../e2e/run.js';
import { CASES, Ws, type CorpusCase } from './cases.js';

const SAMPLE_DIR = join(ROOT, 'sample-data');

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number; cpuMs?: number }

// two runs at a time (the machines have two cores), so that the measured time is the run's own
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(f: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((r) => waiting.push(r));
  running++;
  try { return await f(); } finally { running--; waiting.shift()?.(); }
}

function run(args: string[], timeoutMs = 20000): Promise<Run> {
  return slot(() => spawnRun(args, timeoutMs));
}

/** GNU time, where the machine has it: the CPU time of a run is the figure that other load does not blur. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
let timeFiles = 0;

function spawnRun(args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const tf = TIME ? join(tmpdir(), `kzp-corpus-time-${process.pid}-${timeFiles++}`) : null;
    const cmd = tf ? [TIME!, '-f', '%U %S', '-o', tf, process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
    const p = spawn(cmd[0], cmd.slice(1), { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', KZP_DEBUG: '' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [], err: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => { try { process.kill(-p.pid!, 'SIGKILL'); } catch { p.kill('SIGKILL'); } }, timeoutMs);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      let cpuMs: number | undefined;
      if (tf) {
        try { const [u, s] = readFileSync(tf, 'utf8').trim().split('\n').pop()!.split(' ').map(Number); cpuMs = (u + s) * 1000; } catch { /* killed */ }
        rmSync(tf, { force: true });
      }
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - t0, cpuMs });
    });
  });
}

interface Diag { file: string; line: number; column: number; severity: string; rule: string; message: string; hint?: string }

const results: { id: string; category: string; ms: number; cpuMs?: number; ok: boolean; diagnostics: number }[] = [];
const todos: CorpusCase[] = [];

/** A catalog key that leaked instead of a sentence, a JS artefact, or an empty message. */
const UNCLEAR = /^(?:[a-z]+\.[A-Za-z.]+)$|undefined|\[object Object\]|NaN|\{[a-z]+\}/;

async function setup(c: CorpusCase): Promise<{ root: string; dir: string; done: () => void }> {
  // the workspace sits one level down, so that cases may place files "outside" it
  const root = mkdtempSync(join(tmpdir(), 'kzp-corpus-'));
  const dir = join(root, 'ws');
  cpSync(c.from === 'sample' ? SAMPLE_DIR : BASE_DIR, dir, { recursive: true });
  await c.apply(new Ws(dir));
  return { root, dir, done: () => rmSync(root, { recursive: true, force: true }) };
}

describe('corpus of hostile inputs through the built CLI', () => {
  afterAll(() => {
    const byCat = new Map<string, { n: number; ok: number }>();
    for (const r of results) { const x = byCat.get(r.category) ?? { n: 0, ok: 0 }; x.n++; if (r.ok) x.ok++; byCat.set(r.category, x); }
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const cpu = results.map((r) => r.cpuMs).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    const slow = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
    const lines = [
      `corpus: ${CASES.length} cases, ${results.length} run, ${results.filter((r) => r.ok).length} passed, ${todos.length} todo`,
      ...[...byCat].map(([c, x]) => `  ${c.padEnd(13)} ${x.ok}/${x.n}`),
      times.length ? `  time per case (json run): median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (${slow.map((s) => `${s.id} ${s.ms.toFixed(0)} ms`).join(', ')}), over 1 s: ${times.filter((t) => t > 1000).length}` : '',
      cpu.length ? `  CPU time per case (json run, user+sys): median ${cpu[Math.floor(cpu.length / 2)].toFixed(0)} ms, max ${cpu[cpu.length - 1].toFixed(0)} ms, over 1 s: ${cpu.filter((t) => t > 1000).length}` : '',
      ...todos.map((t) => `  todo ${t.id}: ${t.todo}`),
    ];
    console.log(lines.join('\n'));
  });

  it('has at least 60 cases over every category, with unique ids', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    expect(new Set(CASES.map((c) => c.category))).toEqual(new Set(['encoding', 'input-method', 'text', 'yaml', 'size', 'filesystem', 'types', 'dates', 'ids', 'references', 'ledger']));
  });

  for (const c of CASES) {
    if (c.todo) {
      todos.push(c);
      it.todo(`${c.id}: ${c.title} — ${c.todo}`);
      continue;
    }
    it.concurrent(`${c.id}: ${c.title}`, async () => {
      const ws = await setup(c);
      let ok = false;
      let r: Run | undefined;
      try {
        r = await run(['-C', ws.dir, 'validate', '--format', 'json', ...(c.args ?? [])]);
        expect(r.signal, 'killed: it hung').toBeNull();
        expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
        expect({ code: r.code, stderr: r.code === c.exit ? '' : r.stderr, stdout: r.code === c.exit ? '' : r.stdout.slice(0, 2000) }).toEqual({ code: c.exit, stderr: '', stdout: '' });
        if (c.exit === 2) {
          expect(r.stderr).toMatch(c.stderr ?? /./);
        } else {
          const j = JSON.parse(r.stdout) as { ok: boolean; errors: number; diagnostics: Diag[] };
          expect(j.ok).toBe(c.args?.includes('--strict') ? j.ok : false);
          for (const d of j.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.column).toBeGreaterThanOrEqual(1);
            expect(d.message, `message of ${d.rule} at ${d.file}:${d.line}`).not.toMatch(UNCLEAR);
            expect(d.message.length).toBeGreaterThan(8);
          }
          for (const e of c.expect) {
            const hit = j.diagnostics.find((d) => d.rule === e.rule && d.file === e.file && d.line === e.line && (e.column === undefined || d.column === e.column) && d.severity === (e.severity ?? 'error'));
            expect(hit, `expected ${e.rule} ${e.file}:${e.line}${e.column ? ':' + e.column : ''}; got\n${j.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message} | ${d.hint ?? ''}`).join('\n')}`).toBeDefined();
            if (e.message) expect(`${hit!.message} ${hit!.hint ?? ''}`).toMatch(e.message);
          }
          // the same in Chinese text form: same exit code, readable, the location printed
          const zh = await run(['-C', ws.dir, 'validate', '--lang', 'zh', ...(c.args ?? [])]);
          expect(zh.code).toBe(c.exit);
          expect(zh.stderr).not.toMatch(/\n\s+at /);
          for (const e of c.expect) expect(zh.stdout).toContain(`${e.file}:${e.line}:`);
          expect(zh.stdout).toMatch(/[\u4e00-\u9fff]/);
        }
        ok = true;
      } finally {
        results.push({ id: c.id, category: c.category, ms: r?.ms ?? -1, cpuMs: r?.cpuMs, ok, diagnostics: 0 });
        ws.done();
      }
    });
  }
});
