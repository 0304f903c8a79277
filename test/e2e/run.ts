// Run the built `kzp` (bin/kzp.js → dist) as a user would.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The kzp under test: bin/kzp.js (the tsc build), or, with KZP_E2E_BIN=dist/kzp.mjs (the
 * vitest project "bundle", vitest.config.ts), a copy of the single-file build in a temporary
 * folder, where no node_modules can be found above it: a dependency the bundle failed to
 * inline fails there, as it would in a workspace's tools/.
 */
export const BIN = process.env.KZP_E2E_BIN ? copyOutside(resolve(ROOT, process.env.KZP_E2E_BIN)) : join(ROOT, 'bin/kzp.js');

function copyOutside(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kzp-bundle-'));
  const to = join(dir, basename(file));
  copyFileSync(file, to);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return to;
}

export interface Ran { code: number; stdout: string; stderr: string }

export function kzp(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, encoding: 'utf8', input: opts.input ?? '',
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', ...opts.env },
    timeout: 600000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary copy of a fixture folder; removed by the returned function. */
export function tempCopy(src: string): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kzp-'));
  cpSync(src, dir, { recursive: true });
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A temporary copy of sample-data (745 files) with units added until it holds `files` record
 * files: enough for the caches (1,000) or the parse workers (3,000). `unit(i)` is the text of
 * units/x-<i>.yaml.
 */
export function paddedSample(prefix: string, files: number, unit: (i: number) => string): string {
  const ws = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'sample-data'), ws, { recursive: true });
  let n = readdirSync(ws, { recursive: true }).filter((f) => String(f).endsWith('.yaml')).length;
  for (let i = 0; n < files; i++, n++) writeFileSync(join(ws, 'units', `x-${i}.yaml`), unit(i));
  return ws;
}
