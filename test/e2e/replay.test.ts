// `kzp audit` answered from its last run (src/cli/replay.ts): on the same files, the same commit
// and the same flags it prints exactly what a run without any cache prints, without running
// again; an edited file, a new commit, other flags, a forged file or KZP_CACHE=0 give a full run.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_MIN_FILES } from '../../src/workspace/index.js';
import { GIT_ENV } from '../history/repo.js';
import { kzp, paddedSample } from './run.js';

let ws: string;
let keyDir: string;
const kept = () => join(ws, '.kzp', 'cache', 'audit.json');
const run = (args: string[], env: Record<string, string> = {}) => {
  const r = kzp(['-C', ws, 'audit', ...args], { env: { KZP_CACHE_KEY_DIR: keyDir, ...env } });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
};
const uncached = (args: string[] = []) => run(args, { KZP_CACHE: '0' });
let tick = 0;
const git = (...args: string[]) => {
  const date = `2023-01-${String(10 + tick++).padStart(2, '0')}T10:00:00+08:00`;
  return execFileSync('git', args, { cwd: ws, env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_NAME: '李娜', GIT_AUTHOR_EMAIL: 'lina@example.cn', GIT_COMMITTER_NAME: '李娜', GIT_COMMITTER_EMAIL: 'lina@example.cn', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }).toString();
};
/** Every file's mtime an hour back: older than the racy window, as files are between edits. */
function age(): void {
  const past = new Date(Date.now() - 3600_000);
  for (const e of readdirSync(ws, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && !e.parentPath.includes('.git') && !e.parentPath.includes('.kzp')) utimesSync(join(e.parentPath, e.name), past, past);
  }
}

beforeAll(() => {
  ws = paddedSample('kzp-replay-', CACHE_MIN_FILES + 10, (i) => `id: x-${i}\nname: 开州区示例单位${i}\ntype: institution\npeople:\n  - { id: x-p${i}, name: 示例${i}, duty: 项目科 }\n`);
  keyDir = mkdtempSync(join(tmpdir(), 'kzp-replay-key-'));
  writeFileSync(join(ws, '.gitignore'), '.kzp/\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', '建立工作区');
  const ledger = readdirSync(join(ws, 'ledgers'), { recursive: true }).map(String).find((f) => f.endsWith('.yaml'))!;
  appendFileSync(join(ws, 'ledgers', ledger), '# 更正\n');
  git('commit', '-q', '-am', '更正台账');
  age();
});
afterAll(() => { rmSync(ws, { recursive: true, force: true }); rmSync(keyDir, { recursive: true, force: true }); });

describe('kzp audit: the last run printed again', () => {
  it('a second run prints what a run without cache prints, in both formats, and keeps the file as it was', () => {
    for (const args of [['--json'], [], ['--strict']]) {
      const off = uncached(args);
      expect(run(args)).toEqual(off);
      expect(existsSync(kept())).toBe(true);
      const ino = statSync(kept()).ino;
      expect(run(args)).toEqual(off);
      expect(statSync(kept()).ino).toBe(ino);   // read, not written again
    }
    expect(uncached(['--strict']).code).toBe(1);
  });

  it('an edited file or a new commit gives a full run, whose answer is kept instead', () => {
    run(['--json']);
    const unit = join(ws, 'units', 'x-0.yaml');
    writeFileSync(unit, readFileSync(unit, 'utf8').replace('示例0', '示例零'));
    age();
    let ino = statSync(kept()).ino;
    expect(run(['--json'])).toEqual(uncached(['--json']));
    expect(statSync(kept()).ino).not.toBe(ino);
    git('commit', '-q', '-am', '单位更名');
    ino = statSync(kept()).ino;
    const after = uncached(['--json']);
    expect(run(['--json'])).toEqual(after);
    expect(statSync(kept()).ino).not.toBe(ino);
    expect(JSON.parse(after.stdout).history.commits).toBe(3);
  });

  it('a file changed less than 2 s before the run keeps nothing; a forged file is not used', () => {
    rmSync(kept(), { force: true });
    const unit = join(ws, 'units', 'x-1.yaml');
    appendFileSync(unit, '# 备注\n');
    expect(run(['--json'])).toEqual(uncached(['--json']));
    expect(existsSync(kept())).toBe(false);
    age();
    const off = uncached(['--json']);
    run(['--json']);
    const text = readFileSync(kept(), 'utf8');
    const forged = text.replace('"commits":', '"commits": ');
    expect(forged).not.toBe(text);
    writeFileSync(kept(), forged);
    expect(run(['--json'])).toEqual(off);
  });
});
