// Write safety, through the built CLI: `kzp ledger add` (a new ledger, and --amend of
// an existing one), `kzp new unit` and `kzp inspect sample --into` are killed with SIGKILL 100
// times — half at a random moment of the run, half the instant their temporary file appears (the
// window between writing it and renaming it over the target). After every kill the target holds
// the old bytes or the new bytes, never anything else; temporary files are counted. And two
// writers of the same ledger at once: never a partial or mixed file, the loser (if any) fails with
// a message, not a stack trace, and exactly one wins.
// A command that is not built yet is skipped with the reason.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { BIN, kzp } from '../e2e/run.js';
import { mulberry32 } from '../../src/entry/prng.js';

const HAVE = {
  ledger: kzp(['ledger', 'add', '--help']).code === 0,
  new: kzp(['new', '--help']).code === 0,
  inspect: kzp(['inspect', 'sample', '--help']).code === 0,
};

interface Writer { name: string; have: boolean; target: string; args: string[]; kills: number }
const WRITERS: Writer[] = [
  { name: 'ledger add (new ledger)', have: HAVE.ledger, target: 'ledgers/2022-03/KZ-2022-001.yaml', args: ['ledger', 'add', '--project', 'KZ-2022-001', '--month', '2022-03', '--invested', '120', '--submitted-on', '2022-03-28', '--done', 'C2:2022-03-20', '--yes'], kills: 40 },
  { name: 'ledger add --amend', have: HAVE.ledger, target: 'ledgers/2022-02/KZ-2022-001.yaml', args: ['ledger', 'add', '--project', 'KZ-2022-001', '--month', '2022-02', '--amend', '--invested', '460', '--submitted-on', '2022-02-25', '--yes'], kills: 20 },
  { name: 'new unit', have: HAVE.new, target: 'units/test-unit.yaml', args: ['new', 'unit', '--id', 'test-unit', '--name', '测试单位', '--type', 'department'], kills: 20 },
  { name: 'inspect sample --into', have: HAVE.inspect, target: 'reviews/2022/2022-q1-inspection.yaml', args: ['inspect', 'sample', '--seed', '7', '--size', '1', '--into', '2022-q1-inspection'], kills: 20 },
];

interface Ran { code: number | null; signal: string | null; out: string; ms: number }

function start(dir: string, args: string[], kill?: { afterMs?: number; onTemp?: boolean }): Promise<Ran> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [BIN, '-C', dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' } });
    let out = '';
    p.stdout.on('data', (b: Buffer) => { out += b; });
    p.stderr.on('data', (b: Buffer) => { out += b; });
    let w: ReturnType<typeof watch> | undefined;
    let timer: NodeJS.Timeout | undefined;
    if (kill?.afterMs !== undefined) timer = setTimeout(() => p.kill('SIGKILL'), kill.afterMs);
    if (kill?.onTemp) w = watch(dir, { recursive: true }, (_e, f) => { if (f && /\.tmp$/.test(String(f))) p.kill('SIGKILL'); });
    p.on('close', (code, signal) => { if (timer) clearTimeout(timer); w?.close(); resolve({ code, signal, out, ms: performance.now() - t0 }); });
  });
}

function temps(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (/\.tmp$/.test(e.name)) out.push(relative(dir, p)); } };
  walk(dir);
  return out;
}


const fig = { kills: 0, killedBeforeExit: 0, old: 0, new: 0, partial: 0, tempLeft: 0, tempAfterNext: 0, concurrent: 0, bothWon: 0, oneWon: 0, mixed: 0 };

describe('write safety under SIGKILL', () => {
  afterAll(() => {
    console.log(`write safety: ${fig.kills} SIGKILLs (${fig.killedBeforeExit} landed before the writer exited): ${fig.old} left the old file, ${fig.new} the new one, ${fig.partial} anything else; ` +
      `${fig.tempLeft} left a temporary file behind (${fig.tempAfterNext} still there after the next successful write); ` +
      `concurrent writers of one ledger: ${fig.concurrent} trials, ${fig.oneWon} with one winner, ${fig.bothWon} where both reported success (lost update), ${fig.mixed} mixed or partial files`);
  });

  for (const w of WRITERS) {
    it.skipIf(!w.have)(`${w.name}: killed ${w.kills} times, the target is the old or the new file`, async () => {
      // the old and the new bytes, from an undisturbed run
      const ref = mkdtempSync(join(tmpdir(), 'kzp-w-'));
      cpSync(BASE_DIR, ref, { recursive: true });
      const oldBytes = existsSync(join(ref, w.target)) ? readFileSync(join(ref, w.target)) : null;
      const done = await start(ref, w.args);
      expect(done.code, done.out).toBe(0);
      const newBytes = readFileSync(join(ref, w.target));
      expect(oldBytes === null || !newBytes.equals(oldBytes)).toBe(true);
      rmSync(ref, { recursive: true, force: true });
      const random = mulberry32(20220870 + w.kills + w.target.length);
      const trial = async (i: number, delay: number) => {
        const dir = mkdtempSync(join(tmpdir(), 'kzp-w-'));
        try {
          cpSync(BASE_DIR, dir, { recursive: true });
          const r = await start(dir, w.args, i % 2 === 0 ? { afterMs: delay } : { onTemp: true, afterMs: done.ms * 3 });
          fig.kills++;
          if (r.signal === 'SIGKILL') fig.killedBeforeExit++;
          else expect(r.code, r.out).toBe(0);
          const now = existsSync(join(dir, w.target)) ? readFileSync(join(dir, w.target)) : null;
          if (now === null ? oldBytes === null : oldBytes !== null && now.equals(oldBytes)) fig.old++;
          else if (now !== null && now.equals(newBytes)) fig.new++;
          else { fig.partial++; expect.fail(`${w.name}: after a kill at run ${i} the target is neither the old nor the new file:\n${now?.toString('utf8')}`); }
          const left = temps(dir);
          if (left.length) {
            fig.tempLeft++;
            // a later write in the same folder
            const again = now === null || (oldBytes !== null && now.equals(oldBytes));
            if (again) await start(dir, w.args);
            if (temps(dir).length) fig.tempAfterNext++;
            // the next write of that target removes what a killed writer left (writeAtomic sweeps temp files of dead pids)
            if (again) expect(temps(dir)).toEqual([]);
          }
        } finally { rmSync(dir, { recursive: true, force: true }); }
      };
      // two at a time (two cores); the kill moments are drawn in order, so they are the same every run
      for (let i = 0; i < w.kills; i += 2) await Promise.all([trial(i, random() * done.ms * 1.1), trial(i + 1, random() * done.ms * 1.1)]);
    }, 600000);
  }


  it.skipIf(!HAVE.ledger)('two writers of the same ledger: never a partial or mixed file; a loser fails with a message, no stack trace', async () => {
    for (let i = 0; i < 12; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'kzp-c-'));
      try {
        cpSync(BASE_DIR, dir, { recursive: true });
        const args = (inv: number) => ['ledger', 'add', '--project', 'KZ-2022-001', '--month', '2022-03', '--invested', String(inv), '--submitted-on', '2022-03-28', '--yes'];
        const [a, b] = await Promise.all([start(dir, args(111)), start(dir, args(222))]);
        fig.concurrent++;
        for (const r of [a, b]) {
          expect(r.out).not.toMatch(/\n\s+at /);
          if (r.code !== 0) expect(r.out).toMatch(/exists already|already exists|locked|另一|已存在/);
        }
        const text = readFileSync(join(dir, 'ledgers/2022-03/KZ-2022-001.yaml'), 'utf8');
        const inv = [...text.matchAll(/invested: (\d+)/g)].map((m) => m[1]);
        if (inv.length !== 1 || !['111', '222'].includes(inv[0])) { fig.mixed++; expect.fail(`a mixed ledger:\n${text}`); }
        expect(kzp(['-C', dir, 'validate']).code).toBe(0);
        const won = [a, b].filter((r) => r.code === 0).length;
        expect(won).toBe(1); // exactly one wins: a new ledger is linked into place, never renamed over another
        if (won === 2) fig.bothWon++; else fig.oneWon++;
        expect(temps(dir)).toEqual([]);
      } finally { rmSync(dir, { recursive: true, force: true }); }
    }
  }, 600000);

});
