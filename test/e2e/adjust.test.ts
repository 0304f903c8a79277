// kzp list add|remove and kzp finding close on the built CLI: the record changed in place,
// validated against the whole workspace, refused with the reason, committed on its own.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kzp, ROOT, tempCopy } from './run.js';

const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'kzp', GIT_AUTHOR_EMAIL: 'kzp@localhost', GIT_COMMITTER_NAME: 'kzp',
  GIT_COMMITTER_EMAIL: 'kzp@localhost', GIT_AUTHOR_DATE: '2023-01-09T10:00:00+08:00', GIT_COMMITTER_DATE: '2023-01-09T10:00:00+08:00',
};
let ws: { dir: string; done: () => void };
const k = (...a: string[]) => kzp(['-C', ws.dir, '--as-of', '2023-01-10', ...a], { env: GIT_ENV });
const git = (...a: string[]) => execFileSync('git', a, { cwd: ws.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
const yaml = (rel: string) => parse(readFileSync(join(ws.dir, rel), 'utf8'));

beforeAll(() => {
  ws = tempCopy(join(ROOT, 'sample-data'));
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'sample data');
});
afterAll(() => ws.done());

describe('kzp list add|remove', () => {
  it('a decided list needs the decision reference; nothing is written without it', () => {
    const before = readFileSync(join(ws.dir, 'lists/annual-2023.yaml'), 'utf8');
    const r = k('list', 'add', 'annual-2023', 'KZ-2021-001', '--on', '2023-01-05');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ref');
    expect(readFileSync(join(ws.dir, 'lists/annual-2023.yaml'), 'utf8')).toBe(before);
  });

  it('removes a project from a decided list with the date and the reference, and commits just that file', () => {
    const r = k('list', 'remove', 'annual-2023', 'KZ-2022-001', '--on', '2023-01-05', '--ref', '开州委〔2023〕2号', '--commit');
    expect(r.code, r.stderr).toBe(0);
    const entry = yaml('lists/annual-2023.yaml').projects.find((e: { project: string }) => e.project === 'KZ-2022-001');
    expect(entry).toMatchObject({ removed_on: '2023-01-05', note: expect.stringContaining('开州委〔2023〕2号') });
    expect(git('log', '-1', '--format=%s')).toContain('list(annual-2023): 移出 KZ-2022-001 2023-01-05 (开州委〔2023〕2号)');
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('lists/annual-2023.yaml');
    expect(git('status', '--porcelain')).toBe('');
  });

  it('adds it back as a new entry, and refuses a second add', () => {
    let r = k('list', 'add', 'annual-2023', 'KZ-2022-001', '--on', '2023-01-08', '--ref', '开州委〔2023〕3号', '--planned-investment', '4000');
    expect(r.code, r.stderr).toBe(0);
    const entries = yaml('lists/annual-2023.yaml').projects.filter((e: { project: string }) => e.project === 'KZ-2022-001');
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ added_on: '2023-01-08', planned_investment: 4000 });
    r = k('list', 'add', 'annual-2023', 'KZ-2022-001', '--ref', 'x');
    expect(r.code).toBe(2);
  });

  it('refuses a change the workspace rejects (exit 1, the diagnostic of the other file, nothing written)', () => {
    const before = readFileSync(join(ws.dir, 'lists/annual-2022.yaml'), 'utf8');
    const r = k('list', 'add', 'annual-2022', 'KZ-2022-014', '--on', '2022-06-30', '--ref', '开州委〔2022〕30号');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/projects\/KZ-2022-014\.yaml:\d+:\d+/);
    expect(readFileSync(join(ws.dir, 'lists/annual-2022.yaml'), 'utf8')).toBe(before);
  });

  it('names an unknown list or project with the nearest id', () => {
    const r = k('list', 'add', 'annual-2032', 'KZ-2022-001', '--ref', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('annual-2022');
  });
});

describe('kzp finding close', () => {
  it('closes an open finding with the date and the evidence', () => {
    const r = k('finding', 'close', '2022-q3-inspection', 'F2', '--on', '2022-12-01', '--evidence', '年中预算执行评估报告', '--commit', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ finding: 'F2', closed_on: '2022-12-01' });
    const f = yaml('reviews/2022/2022-q3-inspection.yaml').findings.find((x: { id: string }) => x.id === 'F2');
    expect(f).toMatchObject({ closed_on: '2022-12-01', evidence: '年中预算执行评估报告' });
    expect(git('log', '-1', '--format=%s')).toContain('finding(2022-q3-inspection/F2): 销号 2022-12-01');
  });

  it('refuses without evidence, for a closed finding, for an unknown one, and before the inspection', () => {
    expect(k('finding', 'close', '2022-q3-inspection', 'F2', '--evidence', 'x').stderr).toContain('2022-12-01');
    const none = k('finding', 'close', '2022-q1-inspection', 'F9', '--evidence', 'x');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('F1, F2');
    const before = k('--lang', 'en', 'finding', 'close', '2022-q3-inspection', 'F1', '--on', '2022-01-01');
    expect(before.code).toBe(2);
  });
});

describe('kzp new person', () => {
  it('adds a person to a unit, and commits just that file', () => {
    const r = k('new', 'person', '--unit', 'kz-urban-invest', '--id', 'li-ming', '--name', '李明', '--duty', '联络员', '--email', 'liming@example.gov.cn', '--commit');
    expect(r.code, r.stderr).toBe(0);
    expect(yaml('units/kz-urban-invest.yaml').people.at(-1)).toEqual({ id: 'li-ming', name: '李明', duty: '联络员', email: 'liming@example.gov.cn' });
    expect(git('log', '-1', '--format=%s')).toContain('unit(kz-urban-invest): 新增人员 li-ming');
  });

  it('refuses an id in use anywhere, and leader roles outside the leadership', () => {
    expect(k('new', 'person', '--unit', 'drc', '--id', 'li-ming', '--name', '李明').code).toBe(2);
    const r = k('new', 'person', '--unit', 'drc', '--id', 'qian-duo', '--name', '钱多', '--leader-roles', 'main');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leadership');
  });

  it('gives a leader their roles', () => {
    const r = k('new', 'person', '--unit', 'district-leadership', '--id', 'xu-jun', '--name', '徐军', '--title', '副区长', '--leader-roles', 'lead,land-supply');
    expect(r.code, r.stderr).toBe(0);
    expect(yaml('units/district-leadership.yaml').people.at(-1)).toMatchObject({ id: 'xu-jun', leader_roles: ['lead', 'land-supply'] });
  });
});
