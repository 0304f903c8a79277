// The acceptance of data entry: from `kzp init` in an empty folder, every record of a small
// district is made with kzp commands alone — 2 units of each type with 3 people each, the
// leaders and the center's staff, 3 projects with task forces and countdown plans, a decided
// rolling and annual list, the January ledgers (one raising a problem), a review, a dispatch
// handling that problem, an inspection with a finding and its closure — and validate passes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kzp } from './run.js';

const UNITS: [string, string, string][] = [
  ['township', 'dade-town', '大德镇'], ['township', 'wenquan-town', '温泉镇'], ['street', 'hanfeng-street', '汉丰街道'], ['street', 'wenfeng-street', '文峰街道'],
  ['department', 'transport-bureau', '区交通局'], ['department', 'water-bureau', '区水利局'], ['soe', 'kz-urban-invest', '城投集团'], ['soe', 'kz-water-invest', '水务集团'],
  ['institution', 'kz-hospital', '区人民医院'], ['institution', 'kz-school', '开州中学'], ['organ', 'npc-office', '区人大办'], ['organ', 'cppcc-office', '区政协办'],
];
const PROJECTS = [
  ['KZ-2024-001', '汉丰湖环湖路改造工程', 'transport', 'kz-urban-invest', 'transport-bureau', 'zhang-wei', 'hanfeng-street'],
  ['KZ-2024-002', '南河防洪治理工程', 'water', 'kz-water-invest', 'water-bureau', 'liu-yang', 'dade-town'],
  ['KZ-2024-003', '城区供水管网改造', 'urban', 'kz-water-invest', 'water-bureau', 'zhang-wei', 'wenfeng-street'],
];

describe('a small district from kzp init, with kzp commands only', () => {
  it('makes every kind of record and validates', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kzp-district-')), 'ws');
    let asOf = '2024-01-05';
    const k = (...a: string[]) => {
      const r = kzp(['-C', dir, '--no-git', '--as-of', asOf, ...a]);
      expect(r.code, `kzp ${a.join(' ')}\n${r.stderr}`).toBe(0);
      return r;
    };
    expect(kzp(['init', dir, '--as-of', asOf, '--no-git-init']).code).toBe(0);
    let n = 0;
    for (const [type, id, name] of UNITS) {
      k('new', 'unit', '--id', id, '--name', name, '--type', type, '--filed-on', '2023-12-15', ...(type === 'department' ? ['--roles', 'industry-authority'] : []));
      for (const i of [1, 2, 3]) k('new', 'person', '--unit', id, '--id', `${id}-p${i}`, '--name', `人员${++n}`, '--duty', '项目工作', ...(i === 1 ? ['--expert'] : []));
    }
    k('new', 'person', '--unit', 'district-leadership', '--id', 'zhou-ming', '--name', '周明', '--title', '区长', '--leader-roles', 'main');
    k('new', 'person', '--unit', 'district-leadership', '--id', 'zhang-wei', '--name', '张伟', '--title', '副区长', '--leader-roles', 'lead,investment-finance');
    k('new', 'person', '--unit', 'district-leadership', '--id', 'liu-yang', '--name', '刘洋', '--title', '副区长', '--leader-roles', 'lead,land-supply,petition-stability');
    for (const [i, sector] of ['transport', 'water', 'urban'].entries()) k('new', 'person', '--unit', 'drc-center', '--id', `center-p${i + 1}`, '--name', `中心${i + 1}`, '--duty', '项目服务', '--sectors', sector);
    for (const [id, name, sector, owner, lead, leader, location] of PROJECTS) {
      k('new', 'project', '--id', id, '--name', name, '--sector', sector, '--nature', '公益性', '--stage', '前期', '--owner', owner, '--total-investment', '12800',
        '--lead-unit', lead, '--lead-leader', leader, '--liaison', `${owner}-p1`, '--location', location, '--start', '2024-03', '--end', '2025-12',
        '--filed-on', '2023-12-20', '--member', `${owner}-p1:专班负责人`, '--member', `${lead}-p1:行业指导`, '--task', '完成施工图设计@2024-03-31', '--task', '主体开工@2024-06-30');
    }
    k('new', 'list', '--kind', '三年滚动', '--period', '2024-2026', '--decided-on', '2023-12-28', '--decision-ref', '开州委〔2023〕87号');
    k('new', 'list', '--kind', '年度计划', '--period', '2024', '--decided-on', '2023-12-28', '--decision-ref', '开州委〔2023〕88号');
    for (const [id] of PROJECTS) {
      k('list', 'add', 'rolling-2024-2026', id, '--on', '2023-12-28', '--ref', '开州委〔2023〕87号');
      k('list', 'add', 'annual-2024', id, '--on', '2023-12-28', '--ref', '开州委〔2023〕88号', '--planned-investment', '3000', '--target', '完成施工图设计并开工');
    }
    asOf = '2024-01-28';
    k('ledger', 'add', '--project', 'KZ-2024-001', '--month', '2024-01', '--invested', '100', '--stage', '前期', '--physical', '完成初步设计', '--problem', '用地:K2段征地拆迁未完成@2024-03-31');
    for (const id of ['KZ-2024-002', 'KZ-2024-003']) k('ledger', 'add', '--project', id, '--month', '2024-01', '--invested', '80', '--stage', '前期', '--physical', '完成初步设计');
    k('new', 'review', '--date', '2024-01-12');
    k('new', 'dispatch', '--date', '2024-01-28', '--level', 'lead-unit', '--convener', 'transport-bureau', '--handled', 'KZ-2024-001/P1:hanfeng-street@2024-02-29');
    k('new', 'inspection', '--date', '2024-01-20', '--methods', 'site-visit,document-check', '--targets', 'KZ-2024-001,kz-urban-invest');
    k('finding', 'add', '2024-01-20-inspection', '--target', 'KZ-2024-001', '--issue', '进度台账投资数据与现场不符', '--assigned-to', 'kz-urban-invest', '--due', '2024-02-29');
    k('finding', 'close', '2024-01-20-inspection', 'F1', '--on', '2024-01-27', '--evidence', '更正后的1月进度台账');
    asOf = '2024-01-31';
    k('validate');
    const dispatch = parse(readFileSync(join(dir, 'reviews/2024/2024-01-28-transport-bureau.yaml'), 'utf8'));
    expect(dispatch.problems).toEqual([{ problem: 'KZ-2024-001/P1', outcome: 'unresolved', assigned_to: 'hanfeng-street', due: '2024-02-29' }]);
    const project = parse(readFileSync(join(dir, 'projects/KZ-2024-002.yaml'), 'utf8'));
    expect(project.countdown['2024']).toHaveLength(2);
    expect(project.task_force.members).toHaveLength(2);
  });
});
