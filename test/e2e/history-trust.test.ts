// Git history that cannot tell the truth is not used as if it did (HI-1): a repository created
// or imported after the fact, a `history_since` date, `history: declared` in audit too, and git
// refusing the repository or missing altogether — one clear line each, never a raw error.
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CENTER, gitBase, LIAISON, Repo } from '../history/repo.js';
import { kzp } from './run.js';

const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';
const L3 = 'ledgers/2022-03/KZ-2022-001.yaml';
const repos: Repo[] = [];
const dirs: string[] = [];
afterAll(() => { for (const r of repos) r.done(); for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** The base workspace and a March ledger (declared on time), as files. */
const text = (v: string | Uint8Array) => typeof v === 'string' ? v : new TextDecoder().decode(v);
function files(cfg = (s: string) => s) {
  const { [L1]: l1, [L2]: l2, ...rest } = gitBase();
  const l3 = text(l2).replace('month: 2022-02', 'month: 2022-03').replace('submitted_on: 2022-02-25', 'submitted_on: 2022-03-30');
  rest['kzp.yaml'] = cfg(text(rest['kzp.yaml']));
  return { rest, ledgers: { [L1]: l1, [L2]: l2, [L3]: l3 } };
}
function repo(): Repo { const r = new Repo(); repos.push(r); return r; }

const late = (r: Repo, args: string[] = []) => {
  const out = kzp(['overdue', '--json', '--as-of', '2023-06-10', ...args], { cwd: r.ws });
  expect(out.code).toBe(0);
  return { items: (JSON.parse(out.stdout).items as { kind: string; ref?: string }[]).filter((i) => i.kind === 'ledger-late').map((i) => i.ref), stderr: out.stderr };
};
const auditLate = (r: Repo) => {
  const out = kzp(['audit', '--json'], { cwd: r.ws });
  expect(out.code).toBe(0);
  const j = JSON.parse(out.stdout) as { counts: Record<string, number>; findings: { kind: string; month?: string }[] };
  return { late: j.findings.filter((f) => f.kind === 'late').map((f) => f.month), counts: j.counts, stderr: out.stderr };
};

describe('a repository created or imported after the fact', () => {
  it('its root commit bringing the ledgers: declared dates, said once with the commit and the count', () => {
    const r = repo();
    const { rest, ledgers } = files();
    const root = r.writeAll(rest).writeAll(ledgers).commit('导入历年台账', '2023-06-01T09:00:00+08:00', CENTER);
    const o = late(r);
    expect(o.items).toEqual([]);
    expect(o.stderr.match(/first commit/g)).toHaveLength(1);
    expect(o.stderr).toContain(`${root.slice(0, 7)} (2023-06-01) added 3 ledgers`);
    expect(o.stderr).toMatch(/history_since: 2023-06-01/);
    const a = auditLate(r);
    expect(a.late).toEqual([]);
    expect(a.counts['declared-mismatch']).toBe(0);
    expect(a.stderr).toContain('added 3 ledgers');
    const zh = kzp(['overdue', '--as-of', '2023-06-10', '--lang', 'zh'], { cwd: r.ws });
    expect(zh.stderr).toContain('仓库的第一个提交');
  });

  it('a first commit adding months of ledgers at once (after the workspace was set up): declared dates', () => {
    const r = repo();
    const { rest, ledgers } = files();
    r.writeAll(rest).commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
    const imp = r.writeAll(ledgers).commit('补录1-3月台账', '2022-06-01T09:00:00+08:00', CENTER);
    expect(late(r).items).toEqual([]);
    expect(late(r).stderr).toContain(`${imp.slice(0, 7)} (2022-06-01) added 3 ledgers at once`);
    expect(auditLate(r).late).toEqual([]);
  });

  it('ledgers that arrived late one by one are still late by git (no import)', () => {
    const r = repo();
    const { rest, ledgers } = files();
    r.writeAll(rest).commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
    r.write(L1, ledgers[L1]).commit('1月', '2022-01-27T10:00:00+08:00', LIAISON);
    r.write(L2, ledgers[L2]).commit('2月', '2022-03-03T10:00:00+08:00', LIAISON);
    r.write(L3, ledgers[L3]).commit('3月', '2022-03-30T10:00:00+08:00', LIAISON);
    expect(late(r)).toEqual({ items: ['2022-02'], stderr: '' });
    expect(auditLate(r).late).toEqual(['2022-02']);
  });
});

describe('history_since and history: declared', () => {
  const build = (cfg: (s: string) => string) => {
    const r = repo();
    const { rest, ledgers } = files(cfg);
    r.writeAll(rest).commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
    r.write(L1, ledgers[L1]).commit('1月', '2022-01-27T10:00:00+08:00', LIAISON);
    r.write(L2, ledgers[L2]).commit('2月', '2022-03-03T10:00:00+08:00', LIAISON);  // late by git, on time declared
    r.edit(L1, (s) => s.replace('physical: 完成施工图设计', 'physical: 完成施工图设计及审查')).commit('补充1月', '2022-03-04T10:00:00+08:00', LIAISON);
    r.write(L3, ledgers[L3]).commit('3月', '2022-04-03T10:00:00+08:00', LIAISON);   // late by git, after history_since
    return r;
  };

  it('history_since: git times before it are not submission times nor amendments; after it they are', () => {
    const r = build((s) => `${s}history_since: 2022-04-01\n`);
    const o = late(r);
    expect(o.items).toEqual(['2022-03']);
    expect(o.stderr).toContain('history_since: 2022-04-01');
    expect(o.stderr).toContain('2 ledgers use their declared submitted_on');
    const a = auditLate(r);
    expect(a.late).toEqual(['2022-03']);
    expect(a.counts.amended).toBe(0);
    expect(kzp(['validate'], { cwd: r.ws }).code).toBe(0);
    const bad = build((s) => `${s}history_since: 2022-13-01\n`);
    const v = kzp(['validate'], { cwd: bad.ws });
    expect(v.code).not.toBe(0);
    expect(v.stdout + v.stderr).toMatch(/kzp\.yaml:\d+/);
  });

  it('without it, the same repository is judged on git times: the control', () => {
    const r = build((s) => s);
    expect(late(r).items).toEqual(['2022-02', '2022-03']);
    const a = auditLate(r);
    expect(a.late).toEqual(['2022-02', '2022-03']);
    expect(a.counts.amended).toBe(1);
  });

  it('history: declared — audit judges lateness on the declared dates too, like overdue', () => {
    const r = build((s) => s.replace('history: git', 'history: declared'));
    expect(late(r).items).toEqual([]);
    const a = auditLate(r);
    expect(a.late).toEqual([]);
    expect(a.counts.amended).toBe(0);
    expect(a.counts['declared-mismatch']).toBe(0);
  });
});

describe('git that refuses the repository, or is not installed', () => {
  const GLOBAL = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  it.runIf(process.getuid?.() === 0)('git refusing the repository (safe.directory): its reason and the fix, for every command', () => {
    const r = repo();
    const { rest, ledgers } = files();
    r.writeAll(rest).writeAll(ledgers).commit('x', '2022-01-05T09:00:00+08:00', CENTER);
    chownSync(r.dir, 65534, 65534);
    try {
      const o = kzp(['overdue', '--as-of', '2023-06-10'], { cwd: r.ws, env: GLOBAL });
      expect(o.stderr).toMatch(/git refuses to read this repository \(detected dubious ownership/);
      expect(o.stderr).toContain(`git config --global --add safe.directory ${r.dir}`);
      const v = kzp(['validate', '--changed', 'HEAD'], { cwd: r.ws, env: GLOBAL });
      expect(v.code).toBe(2);
      expect(v.stderr).toMatch(/git refuses to read this repository: detected dubious ownership/);
      expect(v.stderr).toContain('safe.directory');
      const l = kzp(['log', 'KZ-2022-001'], { cwd: r.ws, env: GLOBAL });
      expect(l.code).toBe(2);
      expect(l.stderr).toContain('safe.directory');
      const at = kzp(['status', '--at', 'HEAD', '--as-of', '2023-06-10'], { cwd: r.ws, env: GLOBAL });
      expect(at.code).toBe(2);
      expect(at.stderr).toContain('safe.directory');
      expect(o.stderr + v.stderr + l.stderr + at.stderr).not.toMatch(/not a git repository|\n\s+at /);
    } finally { chownSync(r.dir, 0, 0); }
  });

  it('git not installed: "git is not installed" from every command that needs it, never ENOENT', () => {
    const r = repo();
    const { rest, ledgers } = files();
    r.writeAll(rest).writeAll(ledgers).commit('x', '2022-01-05T09:00:00+08:00', CENTER);
    const bin = mkdtempSync(join(tmpdir(), 'kzp-nogit-'));
    dirs.push(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    chmodSync(bin, 0o755);
    const env = { PATH: bin };
    const runs = [
      kzp(['overdue', '--as-of', '2023-06-10'], { cwd: r.ws, env }),
      kzp(['validate', '--changed'], { cwd: r.ws, env }),
      kzp(['validate', '--changed', 'HEAD'], { cwd: r.ws, env }),
      kzp(['log', 'KZ-2022-001'], { cwd: r.ws, env }),
      kzp(['status', '--at', 'HEAD', '--as-of', '2023-06-10'], { cwd: r.ws, env }),
      kzp(['audit'], { cwd: r.ws, env }),
      kzp(['ledger', 'add', '--project', 'KZ-2022-001', '--month', '2022-04', '--invested', '10', '--stage', 'construction', '--physical', '路基施工',
        '--percent', '50', '--submitted-on', '2022-04-28', '--as-of', '2022-05-01', '-y', '--commit'], { cwd: r.ws, env }),
    ];
    for (const x of runs) expect(x.stdout + x.stderr).toMatch(/git is not installed/);
    expect(runs[6].code).toBe(2);
    expect(existsSync(r.path('ledgers/2022-04/KZ-2022-001.yaml'))).toBe(false);
    for (const x of runs) expect(x.stderr).not.toMatch(/ENOENT|spawn/);
    expect(runs[1].code).toBe(2);
    const zh = kzp(['validate', '--changed', '--lang', 'zh'], { cwd: r.ws, env });
    expect(zh.stderr).toContain('未安装 git');
  });
});
