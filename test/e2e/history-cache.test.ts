// The history cache end to end: on a repository of more than HISTORY_CACHE_MIN_COMMITS
// commits, `overdue` and `audit` give the same output with the cache (second run), without it
// (KZP_CACHE=0), after a new commit and after a rewrite; the cache lives in .kzp/cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_CACHE_MIN_COMMITS } from '../../src/history/index.js';
import { CENTER, GIT_ENV, gitBase, LIAISON, Repo } from '../history/repo.js';
import { kzp } from './run.js';

const keyDir = mkdtempSync(join(tmpdir(), 'kzp-key-'));
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';

describe('history cache (e2e)', () => {
  let repo: Repo;
  const run = (args: string[], env: Record<string, string> = {}) => kzp(args, { cwd: repo.ws, env: { KZP_CACHE_KEY_DIR: keyDir, ...env } });
  const both = (env: Record<string, string> = {}) => [run(['overdue', '--json', '--as-of', '2022-06-10'], env), run(['audit', '--json'], env)].map((r) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr }));
  beforeAll(() => {
    repo = new Repo();
    const { [L2]: l2, ...rest } = gitBase();
    repo.writeAll(rest).write('.gitignore', '.kzp/\n').commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
    // many commits of notes beside the records, as a busy repository has, in one fast-import
    let stream = '';
    const t0 = Date.parse('2022-01-06T00:00:00Z') / 1000;
    for (let i = 0; i < HISTORY_CACHE_MIN_COMMITS + 10; i++) {
      const body = `note ${i}\n`;
      stream += `commit refs/heads/main\ncommitter ${CENTER.name} <${CENTER.email}> ${t0 + i * 600} +0800\ndata 2\nn\n${i === 0 ? `from ${repo.head()}\n` : ''}M 100644 inline notes/n${i % 50}.txt\ndata ${Buffer.byteLength(body)}\n${body}\n`;
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream, env: { ...process.env, ...GIT_ENV } });
    repo.git('reset', '-q', '--hard', 'main');
    repo.write(L2, l2).commit('2月台账', '2022-03-01T10:00:00+08:00', LIAISON);          // late by git
  });
  afterAll(() => { repo.done(); rmSync(keyDir, { recursive: true, force: true }); });

  it('the second run, after a new commit and after a rewrite: the output of a run without the cache', () => {
    const off = both({ KZP_CACHE: '0' });
    expect(existsSync(join(repo.ws, '.kzp/cache/history.json'))).toBe(false);
    expect(JSON.parse(off[0].stdout).items.some((i: { kind: string }) => i.kind === 'ledger-late')).toBe(true);
    expect(both()).toEqual(off);
    expect(existsSync(join(repo.ws, '.kzp/cache/history.json'))).toBe(true);
    expect(both()).toEqual(off);
    repo.edit(L2, (s) => s.replace('invested: 450', 'invested: 480')).commit('更正', '2022-03-05T10:00:00+08:00', LIAISON);
    const after = both({ KZP_CACHE: '0' });
    expect(after).not.toEqual(off);
    expect(both()).toEqual(after);
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    repo.edit(L2, (s) => s.replace('invested: 450', 'invested: 470')).commit('另一更正', '2022-03-06T10:00:00+08:00', LIAISON);
    const rewritten = both({ KZP_CACHE: '0' });
    expect(both()).toEqual(rewritten);
    expect(run(['log', L2]).stdout).toBe(run(['log', L2], { KZP_CACHE: '0' }).stdout);
  });
});
