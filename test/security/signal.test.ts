// Ctrl-C (SIGINT) or a CI runner's SIGTERM the instant a record writer's lock or temporary file
// appears: the target is the old or the new file, and no lock or temporary file stays behind
// (src/util/atomic-file.ts removedOnSignal, src/entry/write.ts). The signal is sent from an
// fs.watch callback, so it lands while the writer holds them.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { BIN } from '../e2e/run.js';

const TARGET = 'ledgers/2022-03/KZ-2022-001.yaml';
const ARGS = ['--as-of', '2022-04-05', 'ledger', 'add', '--project', 'KZ-2022-001', '--month', '2022-03', '--invested', '120', '--submitted-on', '2022-03-28', '--yes'];
const TRIALS = 8;
const fig = { signals: 0, landed: 0, old: 0, new: 0, left: 0 };

function run(dir: string, signal?: NodeJS.Signals): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, '-C', dir, ...ARGS], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' } });
    let out = '';
    p.stdout.on('data', (b: Buffer) => { out += b; });
    p.stderr.on('data', (b: Buffer) => { out += b; });
    let sent = false;
    const w = signal ? watch(dir, { recursive: true }, (_e, f) => { if (!sent && f && /\.(lock|tmp)$/.test(String(f))) { sent = true; p.kill(signal); } }) : undefined;
    p.on('close', (code, sig) => { w?.close(); resolve({ code, signal: sig, out }); });
  });
}

/** Locks and temporary files anywhere in the workspace. */
const leftovers = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((p) => /\.(lock|tmp)$/.test(p));

describe('a record write interrupted by SIGINT or SIGTERM', () => {
  afterAll(() => console.log(`signals during a write: ${fig.signals} sent, ${fig.landed} ended kzp by the signal; ${fig.old} left the old file, ${fig.new} the new one; ${fig.left} left a lock or temporary file`));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal}: the old or the new ledger, no lock, no temporary file (${TRIALS} trials)`, async () => {
      const ref = mkdtempSync(join(tmpdir(), 'kzp-sig-'));
      cpSync(BASE_DIR, ref, { recursive: true });
      expect((await run(ref)).code).toBe(0);
      const newBytes = readFileSync(join(ref, TARGET));
      rmSync(ref, { recursive: true, force: true });
      for (let i = 0; i < TRIALS; i++) {
        const dir = mkdtempSync(join(tmpdir(), 'kzp-sig-'));
        try {
          cpSync(BASE_DIR, dir, { recursive: true });
          const r = await run(dir, signal);
          fig.signals++;
          if (r.signal) fig.landed++;
          expect(r.out).not.toMatch(/\n\s+at /);
          const now = existsSync(join(dir, TARGET)) ? readFileSync(join(dir, TARGET)) : null;
          if (now === null) fig.old++; else { expect(now.equals(newBytes)).toBe(true); fig.new++; }
          const left = leftovers(dir);
          fig.left += left.length ? 1 : 0;
          expect(left).toEqual([]);
        } finally { rmSync(dir, { recursive: true, force: true }); }
      }
    });
  }
});
