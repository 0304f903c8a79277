// What is committed at the cache's names is data, never a place kzp writes to or waits on
// (src/workspace/fast/signed.ts): `.kzp` or `.kzp/cache` as a link, a file or another user's
// folder turns the cache off with one warning; a link at a cache file or at any temporary name
// never redirects a write; a FIFO, a link to /dev/zero or a huge sparse file at a cache file is
// skipped unread. Every case ends with the same verdict as a run without a cache, and nothing
// outside the workspace is written.
import { chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_MIN_FILES } from '../../src/workspace/index.js';
import { kzp, paddedSample } from './run.js';

let ws: string;
let keyDir: string;
let outside: string;
let plain: { code: number; stdout: string };
const run = (...args: string[]) => kzp(['-C', ws, '--lang', 'en', 'validate', ...args], { env: { KZP_CACHE_KEY_DIR: keyDir } });
const kzpDir = () => join(ws, '.kzp');
const cacheDir = () => join(ws, '.kzp', 'cache');
const outsideFiles = () => readdirSync(outside, { recursive: true }).map(String).sort();

beforeAll(() => {
  ws = paddedSample('kzp-cache-trust-', CACHE_MIN_FILES + 10, (i) => `id: x-${i}\nname: 开州区示例单位${i}\ntype: institution\npeople:\n  - { id: x-p${i}, name: 示例${i}, duty: 项目科 }\n`);
  keyDir = mkdtempSync(join(tmpdir(), 'kzp-cache-trust-key-'));
  const past = new Date(Date.now() - 3600_000);
  for (const e of readdirSync(ws, { withFileTypes: true, recursive: true })) if (e.isFile()) utimesSync(join(e.parentPath, e.name), past, past);
  const r = kzp(['-C', ws, '--lang', 'en', 'validate'], { env: { KZP_CACHE: '0' } });
  plain = { code: r.code, stdout: r.stdout };
});
beforeEach(() => {
  rmSync(kzpDir(), { recursive: true, force: true });
  if (outside) rmSync(outside, { recursive: true, force: true });
  outside = mkdtempSync(join(tmpdir(), 'kzp-cache-trust-outside-'));
});
afterAll(() => { for (const d of [ws, keyDir, outside]) rmSync(d, { recursive: true, force: true }); });

/** Two runs (the second would use what the first wrote): each gives the verdict of a run without a cache. */
function twice(): string[] {
  const warnings: string[] = [];
  for (let i = 0; i < 2; i++) {
    const r = run();
    expect({ code: r.code, stdout: r.stdout }).toEqual(plain);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/i);
    warnings.push(...r.stderr.split('\n').filter((l) => l.includes('warning')));
  }
  return warnings;
}

describe('.kzp and .kzp/cache that are not this user\'s folders', () => {
  for (const [name, make] of [
    ['.kzp is a link to a folder outside', () => symlinkSync(outside, kzpDir())],
    ['.kzp/cache is a link to a folder outside', () => { mkdirSync(kzpDir()); symlinkSync(outside, cacheDir()); }],
  ] as const) {
    it(`${name}: cache off with one warning a run, nothing written outside`, () => {
      make();
      const warnings = twice();
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toMatch(/^kzp: warning: \.kzp(\/cache)? is a symbolic link: the cache is off/);
      expect(outsideFiles()).toEqual([]);
    });
  }

  it('.kzp is a file: cache off with one warning, the file kept', () => {
    writeFileSync(kzpDir(), 'not a folder\n');
    expect(twice()[0]).toMatch(/^kzp: warning: \.kzp is not a folder/);
    expect(readFileSync(kzpDir(), 'utf8')).toBe('not a folder\n');
  });

  it.skipIf(process.getuid?.() !== 0)('.kzp/cache belongs to another user: cache off with one warning (run as root, which can chown)', () => {
    mkdirSync(cacheDir(), { recursive: true });
    chownSync(cacheDir(), 4242, 4242);
    expect(twice()[0]).toMatch(/^kzp: warning: \.kzp\/cache belongs to another user/);
    expect(readdirSync(cacheDir())).toEqual([]);
  });

  it('a cache folder of this user: no warning, and the cache is written', () => {
    expect(twice()).toEqual([]);
    expect(existsSync(join(cacheDir(), 'validate.json'))).toBe(true);
  });
});

describe('links at the cache files and at temporary names', () => {
  it('a link at parse.json or validate.json is replaced, never written through', () => {
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(join(outside, 'victim'), 'keep me\n');
    symlinkSync(join(outside, 'victim'), join(cacheDir(), 'parse.json'));
    symlinkSync(join(outside, 'victim'), join(cacheDir(), 'validate.json'));
    expect(twice()).toEqual([]);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('keep me\n');
    expect(lstatSync(join(cacheDir(), 'parse.json')).isFile()).toBe(true);
  });

  it('links at every name a writer of the pid range could predict redirect nothing', () => {
    // `<file>.<pid>.tmp` was a name anyone could commit; temporary names are random now, and
    // created exclusively: a link committed at any of these is left alone
    mkdirSync(cacheDir(), { recursive: true });
    const max = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8'));
    const next = Number(execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }));
    for (let pid = next; pid < Math.min(next + 400, max); pid++) {
      for (const f of ['parse.json', 'validate.json']) symlinkSync(join(outside, `${f}.${pid}`), join(cacheDir(), `${f}.${pid}.tmp`));
    }
    twice();
    expect(outsideFiles()).toEqual([]);
  });
});

describe('cache files that are not regular files, or too large', () => {
  for (const [name, make] of [
    ['a FIFO at validate.json', () => execFileSync('mkfifo', [join(cacheDir(), 'validate.json')])],
    ['a FIFO at parse.json', () => execFileSync('mkfifo', [join(cacheDir(), 'parse.json')])],
    ['a link to /dev/zero at validate.json', () => symlinkSync('/dev/zero', join(cacheDir(), 'validate.json'))],
    ['a link to /dev/zero at parse.json', () => symlinkSync('/dev/zero', join(cacheDir(), 'parse.json'))],
    ['a 10 GB sparse parse.json', () => { writeFileSync(join(cacheDir(), 'parse.json'), ''); truncateSync(join(cacheDir(), 'parse.json'), 10 * 2 ** 30); }],
    ['a 10 GB sparse validate.json', () => { writeFileSync(join(cacheDir(), 'validate.json'), ''); truncateSync(join(cacheDir(), 'validate.json'), 10 * 2 ** 30); }],
  ] as const) {
    it(`${name}: skipped unread, the run ends with the verdict of a run without a cache`, () => {
      mkdirSync(cacheDir(), { recursive: true });
      make();
      twice();
    });
  }
});
