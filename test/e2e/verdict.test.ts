// The verdict cache of `kzp validate` (src/workspace/fast/verdict.ts): a second run on the same
// files prints exactly what the first printed, in every format, without reading them; any change,
// another language, a file changed too recently or a cache not signed by this user gives a full run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_MIN_FILES } from '../../src/workspace/index.js';
import { kzp, paddedSample } from './run.js';

let ws: string;
let keyDir: string;
const verdictFile = () => join(ws, '.kzp', 'cache', 'validate.json');
const env = () => ({ KZP_CACHE_KEY_DIR: keyDir });
const run = (...args: string[]) => kzp(['-C', ws, 'validate', ...args], { env: env() });
const inode = () => statSync(verdictFile()).ino;
const BAD = 'ledgers/2022-03/zz-extra.yaml';

/** Every file's mtime an hour back: older than the racy window, as files are between edits. */
function age(dir: string): void {
  const past = new Date(Date.now() - 3600_000);
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) utimesSync(join(e.parentPath, e.name), past, past);
  }
}

beforeAll(() => {
  // sample-data plus units to pass the cache's threshold, and one file with faults
  ws = paddedSample('kzp-verdict-', CACHE_MIN_FILES + 10, (i) => `id: x-${i}\nname: 开州区示例单位${i}\ntype: institution\npeople:\n  - { id: x-p${i}, name: 示例${i}, duty: 项目科 }\n`);
  keyDir = mkdtempSync(join(tmpdir(), 'kzp-verdict-key-'));
  mkdirSync(join(ws, 'ledgers', '2022-03'), { recursive: true });
  writeFileSync(join(ws, BAD), 'project: no-such-project\nmonth: 2022-03\nprogress: 十\n');
  age(ws);
});
afterAll(() => { rmSync(ws, { recursive: true, force: true }); rmSync(keyDir, { recursive: true, force: true }); });

describe('kzp validate: the verdict cache', () => {
  it('a second run prints exactly what the first did, in every format, without a full run', () => {
    rmSync(join(ws, '.kzp'), { recursive: true, force: true });
    for (const format of ['text', 'json', 'junit', 'sarif', 'github', 'gitlab']) {
      const cold = run('--format', format);
      expect(cold.code).toBe(1);
      expect(existsSync(verdictFile())).toBe(true);
      const ino = inode();
      const warm = run('--format', format);
      expect(inode()).toBe(ino);                 // read, not written again: the verdict was used
      expect(warm).toEqual(cold);
    }
    const text = run().stdout;
    expect(text).toContain(`${BAD}:1:10`);       // REF with its excerpt, read from disk on demand
    expect(text).toMatch(/project: no-such-project\n\s+\|\s+\^+/);
  });

  it('PATHS still apply to a verdict from the cache', () => {
    run();
    // a path is relative to the current folder, not to -C: given whole, it names the workspace's units/
    const only = run(join(ws, 'units'));
    expect(only.code).toBe(0);
    expect(only.stdout).not.toContain(BAD);
    const noCache = kzp(['-C', ws, 'validate', join(ws, 'units')], { env: { ...env(), KZP_CACHE: '0' } });
    expect(only).toEqual(noCache);
  });

  it('one changed file gives a full run with the new answer', () => {
    run();
    const ino = inode();
    writeFileSync(join(ws, BAD), 'project: no-such-project\nmonth: 2022-03\nprogress: 十\nextra_field: 1\n');
    age(ws);
    const after = run('--format', 'json');
    expect(inode()).not.toBe(ino);
    expect(after.stdout).toContain('extra_field');
    expect(after).toEqual(kzp(['-C', ws, 'validate', '--format', 'json'], { env: { ...env(), KZP_CACHE: '0' } }));
  });

  it('another language is another verdict', () => {
    run();
    const zh = kzp(['-C', ws, 'validate', '--lang', 'zh'], { env: env() });
    expect(zh).toEqual(kzp(['-C', ws, 'validate', '--lang', 'zh'], { env: { ...env(), KZP_CACHE: '0' } }));
    expect(zh.stdout).not.toEqual(run().stdout);
  });

  it('a file changed within the racy window: checked in full, and no verdict kept', () => {
    rmSync(join(ws, '.kzp'), { recursive: true, force: true });
    writeFileSync(join(ws, BAD), 'project: no-such-project\nmonth: 2022-03\nprogress: 十\n'); // mtime: now
    expect(run().code).toBe(1);
    expect(existsSync(verdictFile())).toBe(false);
    age(ws);
  });

  it('a verdict not signed with this user\'s key is ignored (a cache committed to the repository)', () => {
    run();
    const body = readFileSync(verdictFile(), 'utf8');
    const forged = body.slice(0, body.indexOf('\n') + 1) + body.slice(body.indexOf('\n') + 1).replace(/"diagnostics":\[.*\],"unread"/, '"diagnostics":[],"unread"');
    writeFileSync(verdictFile(), forged);
    age(ws);
    const r = run();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(BAD);
  });
});
