// End to end: the built kzp on the base fixture — exit codes, global options, JSON contracts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { kzp, tempCopy } from './run.js';

describe('kzp validate (e2e)', () => {
  it('a clean workspace exits 0', () => {
    const r = kzp(['-C', BASE_DIR, 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no problems/);
  });
  it('bad data exits 1 with file:line:col, rule and an excerpt with a caret', () => {
    const t = tempCopy(BASE_DIR);
    try {
      writeFileSync(join(t.dir, 'projects/KZ-2022-001.yaml'), 'id: KZ-2022-001\nname: x\nsector: transport\nnature: operating\nstage: construction\nowner: kz-urban-invst\ntotal_investment: 12800\n');
      const r = kzp(['validate', '-C', t.dir]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^projects\/KZ-2022-001\.yaml:6:8 error REF /m);
      expect(r.stdout).toMatch(/\n {3}6 \| owner: kz-urban-invst\n {5}\| {8}\^{14}\n/);
      const j = JSON.parse(kzp(['validate', '-C', t.dir, '--format', 'json']).stdout);
      expect(j.ok).toBe(false);
      expect(j.errors).toBeGreaterThan(0);
      expect(j.diagnostics[0]).toMatchObject({ file: expect.any(String), line: expect.any(Number), column: expect.any(Number), severity: 'error', rule: expect.any(String), message: expect.any(String) });
      // zh messages by --lang and by LANG
      expect(kzp(['validate', '-C', t.dir, '--lang', 'zh']).stdout).toMatch(/错误 REF .*不存在/);
      expect(kzp(['validate', '-C', t.dir], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/错误/);
    } finally { t.done(); }
  });
  it('no workspace exits 2 with a hint; a bad flag exits 2; no stack trace', () => {
    const r = kzp(['-C', '/nonexistent-kzp', 'validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no kzp\.yaml/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(kzp(['validate', '--bogus']).code).toBe(2);
    expect(kzp(['-C', BASE_DIR, 'overdue', '--as-of', '2022-02-30']).code).toBe(2);
    expect(kzp(['-C', BASE_DIR, 'validate', '--format', 'xml']).code).toBe(2);
  });
  it('every format is well formed', () => {
    const t = tempCopy(BASE_DIR);
    try {
      writeFileSync(join(t.dir, 'units/hanfeng-street.yaml'), 'id: hanfeng-street\nname: 汉丰街道办事处\ntype: street\npeople:\n  - { id: he-jun, name: 何军, duty: 征地拆迁协调 }\ncolour: red\n');
      const gh = kzp(['validate', '-C', t.dir, '--format', 'github']);
      expect(gh.code).toBe(1);
      expect(gh.stdout).toMatch(/^::error file=.*units\/hanfeng-street\.yaml,line=6,col=1,.*title=kzp SCHEMA::unknown field "colour"/m);
      const gl = JSON.parse(kzp(['validate', '-C', t.dir, '--format', 'gitlab']).stdout);
      expect(gl[0]).toMatchObject({ check_name: 'SCHEMA', severity: 'major', location: { lines: { begin: 6 } } });
      expect(gl[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
      const ju = kzp(['validate', '-C', t.dir, '--format', 'junit']).stdout;
      expect(ju).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
      expect(ju).toMatch(/<failure message="1 error\(s\): SCHEMA/);
      expect((ju.match(/<testcase /g) ?? []).length).toBe((ju.match(/<\/testcase>/g) ?? []).length);
      const sa = JSON.parse(kzp(['validate', '-C', t.dir, '--format', 'sarif']).stdout);
      expect(sa.version).toBe('2.1.0');
      expect(sa.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(6);
    } finally { t.done(); }
  });
  it('global options work before and after the command', () => {
    const a = kzp(['-C', BASE_DIR, 'overdue', '--as-of', '2022-04-05', '--json']);
    const b = kzp(['overdue', '-C', BASE_DIR, '--as-of', '2022-04-05', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
  it('NO_COLOR and --no-color: no escape codes', () => {
    const r = kzp(['-C', BASE_DIR, 'status', '--as-of', '2022-04-05', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const c = kzp(['-C', BASE_DIR, 'status', '--as-of', '2022-04-05'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(c.stdout).toMatch(/\x1b\[/);
  });
});

describe('computations (e2e, JSON contracts of CLI.md)', () => {
  it('kzp overdue --json', () => {
    const r = kzp(['-C', BASE_DIR, 'overdue', '--as-of', '2022-04-05', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.asOf).toBe('2022-04-05');
    expect(j.items.find((i: { kind: string }) => i.kind === 'ledger-missing')).toEqual({ kind: 'ledger-missing', rule: 'LS-4', due: '2022-03-31', daysOverdue: 5, project: 'KZ-2022-001', unit: 'kz-urban-invest', ref: '2022-03', message: expect.stringMatching(/2022-03/) });
    for (const i of j.items) expect(Object.keys(i).every((k) => ['kind', 'rule', 'due', 'daysOverdue', 'project', 'unit', 'person', 'ref', 'message'].includes(k))).toBe(true);
    const f = JSON.parse(kzp(['-C', BASE_DIR, 'overdue', '--as-of', '2022-04-05', '--json', '--kind', 'review-cadence']).stdout);
    expect(f.items.map((i: { ref: string }) => i.ref)).toEqual(['2022-02', '2022-03']);
    expect(kzp(['-C', BASE_DIR, 'overdue', '--kind', 'nope']).code).toBe(2);
  });
  it('kzp escalations --json', () => {
    const j = JSON.parse(kzp(['-C', BASE_DIR, 'escalations', '--as-of', '2022-04-05', '--json']).stdout);
    expect(j.problems).toHaveLength(1);
    expect(j.problems[0]).toMatchObject({ problem: 'KZ-2022-001/P1', project: 'KZ-2022-001', category: 'land', level: 'L3', eligibleFor: null, missing: [], due: false, routeTo: 'liu-yang', territorial: 'hanfeng-street', overdue: true });
    expect(JSON.parse(kzp(['-C', BASE_DIR, 'escalations', '--due', '--as-of', '2022-04-05', '--json']).stdout).problems).toEqual([]);
    expect(j.problems[0]).toMatchObject({ missingBy: {}, nextConvener: null });
    expect(kzp(['-C', BASE_DIR, 'escalations', '--as-of', '2022-04-05', '--lang', 'zh']).stdout).toContain('由区委、区政府主要领导调度');
    expect(JSON.parse(kzp(['-C', BASE_DIR, 'escalations', '--as-of', '2022-02-20', '--json']).stdout).problems[0]).toMatchObject({ eligibleFor: 'L3', nextConvener: 'main' });
  });
  it('kzp escalations names the missing step and who must take it (DS-3, DS-7)', () => {
    const t = tempCopy(BASE_DIR);
    try {
      // the L1 dispatch convened by the center, not the lead unit: L3 is not open, and the DS-7 text names the lead unit
      const f = join(t.dir, 'reviews/2022/2022-01-18-transport.yaml');
      writeFileSync(f, 'id: 2022-01-18-transport\nkind: dispatch\ndate: 2022-01-18\nlevel: center\nconvener: drc-center\nprojects: [KZ-2022-001]\nproblems:\n  - { problem: KZ-2022-001/P1, outcome: unresolved }\n');
      const j = JSON.parse(kzp(['-C', t.dir, 'escalations', '--as-of', '2022-02-20', '--json']).stdout);
      expect(j.problems[0]).toMatchObject({ level: 'L2', eligibleFor: null, missing: ['L1'], missingBy: { L1: 'transport-bureau' }, nextConvener: 'transport-bureau' });
      expect(kzp(['-C', t.dir, 'escalations', '--as-of', '2022-02-20', '--lang', 'zh']).stdout).toContain('不可提级:缺少牵头单位 开州区交通运输委员会 的协调');
      // a lead-unit dispatch convened by the street is a DS-7 error at its problem entry
      writeFileSync(f, 'id: 2022-01-18-transport\nkind: dispatch\ndate: 2022-01-18\nlevel: lead-unit\nconvener: hanfeng-street\nprojects: [KZ-2022-001]\nproblems:\n  - { problem: KZ-2022-001/P1, outcome: unresolved }\n');
      const v = kzp(['-C', t.dir, 'validate', '--lang', 'en']);
      expect(v.code).toBe(1);
      expect(v.stdout).toMatch(/^reviews\/2022\/2022-01-18-transport\.yaml:8:\d+ error DS-7 .*should have been convened by 开州区交通运输委员会\(transport-bureau\)/m);
    } finally { t.done(); }
  });
  it('kzp status and score', () => {
    const s = JSON.parse(kzp(['-C', BASE_DIR, 'status', '--as-of', '2022-03-05', '--json']).stdout);
    expect(s.rows[0]).toMatchObject({ project: 'KZ-2022-001', completion: 12.5, lag: 4.2, light: 'green' });
    const text = kzp(['-C', BASE_DIR, 'status', 'KZ-2022-001', '--as-of', '2022-03-05', '--lang', 'zh']).stdout;
    expect(text).toMatch(/倒计时任务/);
    expect(text).toMatch(/2022-01-18 L1 2022-01-18-transport/);
    const sc = JSON.parse(kzp(['-C', BASE_DIR, 'score', '--quarter', '2022-Q1', '--as-of', '2022-04-10', '--json']).stdout);
    expect(sc.units.find((u: { unit: string }) => u.unit === 'kz-urban-invest')).toMatchObject({ unit: 'kz-urban-invest', role: 'owner', score: 43.3, rank: 1 });
    expect(sc.units.find((u: { unit: string }) => u.unit === 'transport-bureau')).toMatchObject({ role: 'lead', group: 'department' });
    // the year: the annual-target component (investment and physical target) and the incentive list
    const y = JSON.parse(kzp(['-C', BASE_DIR, 'score', '--year', '2022', '--as-of', '2023-01-10', '--json']).stdout);
    expect(y.units[0].annual).toMatchObject({ investmentRatio: 0.125, targets: { total: 1, unreported: 1 }, items: [{ project: 'KZ-2022-001', target: '完成路基及桥梁下部结构', targetMet: null }] });
    expect(y).toMatchObject({ annualWeights: { investment: 50, target: 50 }, incentives: [] });
    const yt = kzp(['-C', BASE_DIR, 'score', '--year', '2022', '--as-of', '2023-01-10', '--lang', 'zh']).stdout;
    expect(yt).toMatch(/形象进度目标/);
    expect(yt).toMatch(/0\/1 完成,1 个未填报/);
    expect(yt).toMatch(/牵头单位/);
    expect(kzp(['-C', BASE_DIR, 'score']).code).toBe(2);
  });
});
