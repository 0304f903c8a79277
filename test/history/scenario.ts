// The audit scenario: a repository whose history holds one of everything `kzp audit` reports —
// a ledger on time, a late one (the time-zone trap), amendments by the liaison, by the lead
// unit and by an outsider, an outsider's change to the project file, a renamed review, a ledger
// deleted, a declared date that git contradicts. Times are fixed, with +08:00 and UTC offsets.
import { CENTER, gitBase, LEAD, LIAISON, OUTSIDER, Repo } from './repo.js';

export const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
export const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';
export const L3 = 'ledgers/2022-03/KZ-2022-001.yaml';
export const PROJECT = 'projects/KZ-2022-001.yaml';
export const REVIEW_OLD = 'reviews/2022/2022-01-20-review.yaml';
export const REVIEW_NEW = 'reviews/2022/2022-01-21-review.yaml';

export interface Scenario { repo: Repo; c: Record<string, string> }

export function auditScenario(sub = '开州区/重点项目'): Scenario {
  const repo = new Repo(sub);
  const { [L1]: l1, [L2]: l2, ...rest } = gitBase();
  const c: Record<string, string> = {};
  repo.writeAll(rest);
  c.init = repo.commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
  repo.write(L1, l1);
  c.l1 = repo.commit('报送1月台账', '2022-01-27T10:00:00+08:00', LIAISON);              // on time; declared 2022-01-27
  repo.write(L2, l2);
  c.l2 = repo.commit('报送2月台账', '2022-02-28T16:10:00Z', LIAISON);                   // = 03-01 00:10 +08:00: late by 1 day; declared 02-25
  repo.edit(L1, (s) => s.replace('physical: 完成施工图设计', 'physical: 完成施工图设计及审查'));
  c.lead = repo.commit('补充1月形象进度', '2022-02-10T09:00:00+08:00', LEAD);           // amended after due, by the lead unit: HI-2, not HI-3
  repo.edit(L2, (s) => s.replace('invested: 450', 'invested: 480'));
  c.fix = repo.commit('更正2月完成投资', '2022-03-05T10:00:00+08:00', LIAISON);          // amended after due, by the liaison: HI-2
  repo.edit(L2, (s) => s.replace('due: 2022-03-31, status: open', 'due: 2022-04-30, status: open'));
  c.outL2 = repo.commit('延长问题限时', '2022-03-06T03:00:00Z', OUTSIDER);              // amended after due, by an outsider: HI-2 and HI-3
  repo.edit(PROJECT, (s) => s.replace('total_investment: 12800', 'total_investment: 13800'));
  c.outP = repo.commit('调整总投资', '2022-03-07T09:00:00+08:00', OUTSIDER);            // project file by an outsider: HI-3
  repo.mv(REVIEW_OLD, REVIEW_NEW);
  repo.edit(REVIEW_NEW, (s) => s.replace('id: 2022-01-20-review', 'id: 2022-01-21-review'));
  c.mv = repo.commit('会审编号更正', '2022-03-08T09:00:00+08:00', CENTER);              // id renamed
  repo.write(L3, l2.toString().replace('month: 2022-02', 'month: 2022-03').replace('submitted_on: 2022-02-25', 'submitted_on: 2022-03-30'));
  c.l3 = repo.commit('报送3月台账', '2022-03-30T10:00:00+08:00', LIAISON);
  repo.rm(L3);
  c.rm = repo.commit('删除3月台账', '2022-04-02T09:00:00+08:00', OUTSIDER);             // deleted, by an outsider: deletion and HI-3
  return { repo, c };
}
