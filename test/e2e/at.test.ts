// `--at REF` on every read command: the workspace as it was at a commit, read from git blobs
// without touching the working tree. What a command printed at commit X it prints again, byte
// for byte, with `--at X` after later commits.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTER, gitBase, LIAISON, Repo } from '../history/repo.js';
import { BASE_DIR } from '../helpers.js';
import { kzp, tempCopy, type Ran } from './run.js';

const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';
const L3 = 'ledgers/2022-03/KZ-2022-001.yaml';

/** The read commands whose output must be reproducible at a commit. */
const READS: string[][] = [
  ['validate'],
  ['validate', '--format', 'json'],
  ['overdue', '--json', '--as-of', '2022-04-05'],
  ['overdue', '--as-of', '2022-04-05', '--lang', 'zh'],
  ['escalations', '--json', '--as-of', '2022-04-05'],
  ['status', '--json', '--as-of', '2022-04-05'],
  ['status', 'KZ-2022-001', '--as-of', '2022-04-05'],
  ['score', '--month', '2022-02', '--json', '--as-of', '2022-04-05'],
  ['report', 'monthly', '--month', '2022-02', '--format', 'md', '--as-of', '2022-04-05'],
  ['report', 'monthly', '--month', '2022-02', '--format', 'json', '--as-of', '2022-04-05'],
];

describe('--at REF (e2e)', () => {
  let repo: Repo;
  let x: string;
  const before = new Map<string, Ran>();
  const run = (args: string[]) => kzp(args, { cwd: repo.ws });

  beforeAll(() => {
    repo = new Repo('开州区/项目库');
    const { [L1]: l1, [L2]: l2, ...rest } = gitBase();
    repo.writeAll(rest);
    repo.commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
    repo.write(L1, l1);
    repo.commit('1月台账', '2022-01-27T10:00:00+08:00', LIAISON);
    repo.write(L2, l2);
    x = repo.commit('2月台账', '2022-02-28T16:10:00Z', LIAISON);
    for (const args of READS) before.set(args.join(' '), run(args));
    // later history: an amendment, a new ledger, a broken record, and an uncommitted change
    repo.edit(L2, (s) => s.replace('invested: 450', 'invested: 480'));
    repo.commit('更正2月投资', '2022-03-05T10:00:00+08:00', LIAISON);
    repo.write(L3, readFileSync(repo.path(L2), 'utf8').replace('month: 2022-02', 'month: 2022-03').replace('submitted_on: 2022-02-25', 'submitted_on: 2022-03-30'));
    repo.commit('3月台账', '2022-03-30T10:00:00+08:00', LIAISON);
    repo.edit('projects/KZ-2022-001.yaml', (s) => s.replace('owner: kz-urban-invest', 'owner: kz-urban-invst'));
    repo.commit('业主笔误', '2022-04-01T10:00:00+08:00', CENTER);
    repo.edit('units/hanfeng-street.yaml', (s) => s + 'colour: red\n');
  });
  afterAll(() => repo.done());

  it('the commands ran at X as they should (the baseline is meaningful)', () => {
    expect(before.get('validate')!.code).toBe(0);
    const od = JSON.parse(before.get('overdue --json --as-of 2022-04-05')!.stdout);
    expect(od.items).toContainEqual(expect.objectContaining({ kind: 'ledger-late', ref: '2022-02', daysOverdue: 1 }));
    expect(before.get('report monthly --month 2022-02 --format md --as-of 2022-04-05')!.code).toBe(0);
  });

  it('today the working tree differs (the later commits and the uncommitted change show)', () => {
    expect(run(['validate']).code).toBe(1);
    expect(run(['overdue', '--json', '--as-of', '2022-04-05']).stdout).not.toBe(before.get('overdue --json --as-of 2022-04-05')!.stdout);
  });

  for (const args of READS) {
    it(`${args.join(' ')} --at X prints what it printed at X, byte for byte`, () => {
      const now = run([...args, '--at', x]);
      const then = before.get(args.join(' '))!;
      expect(now.code).toBe(then.code);
      expect(now.stdout).toBe(then.stdout);
    });
  }

  it('--at works before the command name, with a branch-relative REF, and from another folder with -C', () => {
    const a = run(['--at', 'HEAD~2', 'overdue', '--json', '--as-of', '2022-04-05']);
    expect(a.stdout).toBe(before.get('overdue --json --as-of 2022-04-05')!.stdout);
    const b = kzp(['-C', repo.ws, 'validate', '--at', x], { cwd: repo.dir });
    expect(b.code).toBe(0);
  });

  it('does not touch the working tree or the index', () => {
    const status = repo.git('status', '--porcelain=v1', '-z');
    const text = repo.read('units/hanfeng-street.yaml');
    run(['validate', '--at', x]);
    expect(repo.git('status', '--porcelain=v1', '-z')).toBe(status);
    expect(repo.read('units/hanfeng-street.yaml')).toBe(text);
    expect(repo.read(L2)).toMatch(/invested: 480/);
  });

  it('without --as-of, a read at a commit is as of that commit\'s day in the workspace zone', () => {
    // X was committed 2022-02-28T16:10Z = 2022-03-01 00:10 in Asia/Shanghai
    const od = JSON.parse(run(['overdue', '--json', '--at', x]).stdout);
    expect(od.asOf).toBe('2022-03-01');
  });

  it('a bad REF is a usage error: exit 2, what is wrong and how to fix it', () => {
    const r = run(['validate', '--at', 'no-such-commit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--at "no-such-commit" is not a commit of this repository/);
    expect(r.stderr).toMatch(/git log --oneline/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const zh = run(['overdue', '--at', 'HEAD~99', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/--at 的值 "HEAD~99" 不是本仓库中的提交/);
  });

  it('a commit before the workspace existed, and a folder outside git, are told as such (exit 2)', () => {
    const r = new Repo('ws');
    try {
      r.write('../README.md', 'x');
      const first = r.commit('readme', '2022-01-01T09:00:00+08:00');
      r.writeAll(gitBase());
      r.commit('ws', '2022-01-02T09:00:00+08:00');
      const a = kzp(['validate', '--at', first], { cwd: r.ws });
      expect(a.code).toBe(2);
      expect(a.stderr).toMatch(/has no kzp\.yaml/);
    } finally { r.done(); }
    const t = tempCopy(BASE_DIR);
    try {
      const b = kzp(['-C', t.dir, 'validate', '--at', 'HEAD']);
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(/--at needs git history, but the workspace .* is not in a git repository/);
    } finally { t.done(); }
  });
});
