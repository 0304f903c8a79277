// A unit's page: its people, its projects as owner, as lead unit and as the township they lie
// in, its scores by month and by quarter with the items behind each component, its overdue
// items and inspection findings; and the list of units (units.html).
import type { Model } from '../../model/index.js';
import { pct, points } from '../../render/index.js';
import { projectName } from '../../render/index.js';
import { h, PATHS, rel, section, table, type Page } from '../html.js';
import type { SiteUnit, UnitPeriodScore } from '../units.js';
import { COMPONENT, FINDING, groupName, OUTCOME, overdueText, UNIT_TYPE } from '../words.js';

export function unitPage(m: Model, u: SiteUnit): Page {
  const path = PATHS.unit(u.id);
  const project = (id: string) => `<a href="${h(rel(path, PATHS.project(id)))}">${h(projectName(m, id))}</a>`;
  const projects = (ids: string[]) => (ids.length ? `<ul class="projects">${ids.map((id) => `<li>${project(id)} <small>${h(id)}</small></li>`).join('')}</ul>` : '<p class="empty">无</p>');
  const people = table(u.people, [{ head: '姓名', cell: (p) => h(p.name) }, { head: '职务', cell: (p) => h(p.title ?? '') }], { empty: '未登记人员' });
  const body = [
    section('单位信息', `<p>${h(UNIT_TYPE[u.type] ?? u.type)}</p>${people}`, 'record'),
    section(`作为业主单位的项目（${u.owned.length}）`, projects(u.owned), 'owned'),
    section(`作为牵头单位的项目（${u.led.length}）`, projects(u.led), 'led'),
    ...(u.located.length ? [section(`属地项目（${u.located.length}）`, projects(u.located), 'located')] : []),
    section('考核得分', u.scores.length ? scores(m, path, u.scores) : '<p class="empty">不参加平时考核</p>', 'scores'),
    section(`逾期事项（${u.overdue.length}）`, u.overdue.length ? `<ul class="overdue">${u.overdue.map((i) => `<li>${i.project ? `<a href="${h(rel(path, PATHS.project(i.project)))}#overdue">${h(overdueText(m, i))}</a>` : h(overdueText(m, i))}（逾期 ${h(i.daysOverdue)} 天）</li>`).join('')}</ul>` : '<p class="empty">无逾期事项</p>', 'overdue'),
    section('督查发现问题', table(u.findings, [
      { head: '督查', cell: (f) => h(`${f.date} ${f.inspection}`) }, { head: '对象', cell: (f) => h(f.targetName) }, { head: '问题', cell: (f) => h(f.issue) },
      { head: '限期', cell: (f) => h(f.due ?? '') }, { head: '情况', cell: (f) => `<span class="state ${h(f.state)}">${h(FINDING[f.state])}</span>` },
    ], { empty: '无督查问题' }), 'findings'),
  ];
  return { path, title: u.name, body: body.join('\n') };
}

function scores(m: Model, path: string, rows: UnitPeriodScore[]): string {
  const summary = table(rows, [
    { head: '期间', cell: (r) => `<a href="#score-${h(r.period.id)}">${h(r.label)}</a>` },
    { head: '考核组', cell: (r) => h(groupName(r.score.group)) },
    ...(['countdown', 'ledger', 'problems', 'inspection'] as const).map((k) => ({ head: COMPONENT[k], cell: (r: UnitPeriodScore) => h(ratio(r.score.components[k].ratio)), num: true })),
    { head: '得分', cell: (r) => h(points(r.score.score)), num: true },
    { head: '组内排名', cell: (r) => h(r.score.rank ?? '—'), num: true },
  ], { cls: 'scores' });
  const details = rows.map((r) => {
    const comps = (['countdown', 'ledger', 'problems', 'inspection'] as const).map((k) => {
      const c = r.score.components[k];
      const items = c.items ?? [];
      const list = items.length ? `<ul>${items.map((i) => `<li><span class="state ${i.outcome === 'onTime' ? 'on-time' : h(i.outcome)}">${h(OUTCOME[i.outcome])}</span> ${i.project ? `<a href="${h(rel(path, PATHS.project(i.project)))}">${h(projectName(m, i.project))}</a> ` : ''}${h(itemName(m, k, i.ref))}，应于 ${h(i.due)}</li>`).join('')}</ul>` : '<p class="empty">本期无考核事项</p>';
      return `<h4>${h(COMPONENT[k])}（权重 ${h(c.weight)}，按时 ${h(c.onTime)}、逾期 ${h(c.late)}、未完成 ${h(c.missed)}）</h4>${list}`;
    }).join('');
    return `<details id="score-${h(r.period.id)}"><summary>${h(r.label)}：${h(points(r.score.score))} 分</summary>${comps}</details>`;
  }).join('\n');
  return `${summary}\n<p class="note">各项为按时完成比例（逾期完成计一半）；得分为各项按权重的加权平均。</p>\n${details}`;
}

const ratio = (x: number | null) => (x === null ? '—' : pct(x * 100));

function itemName(m: Model, k: string, ref: string): string {
  // refs are PROJECT/MONTH, PROJECT/TASK, PROJECT/PROBLEM and INSPECTION/FINDING (engine/score.ts)
  const tail = ref.split('/').slice(1).join('/') || ref;
  if (k === 'ledger') return `${tail} 月度台账`;
  if (k === 'countdown') return `倒计时任务 ${tail}`;
  if (k === 'problems') return `问题 ${tail}`;
  return `督查问题 ${ref}`;
}

export function unitsPage(m: Model, units: SiteUnit[]): Page {
  const path = PATHS.units;
  const last = (u: SiteUnit) => [...u.scores].reverse().find((s) => s.period.kind === 'month');
  return {
    path, title: '单位',
    body: table(units, [
      { head: '单位', cell: (u) => `<a href="${h(rel(path, PATHS.unit(u.id)))}">${h(u.name)}</a>`, sort: (u) => u.name },
      { head: '类型', cell: (u) => h(UNIT_TYPE[u.type] ?? u.type), sort: (u) => u.type },
      { head: '业主项目', cell: (u) => h(u.owned.length), num: true, sort: (u) => u.owned.length },
      { head: '牵头项目', cell: (u) => h(u.led.length), num: true, sort: (u) => u.led.length },
      { head: '最近一月得分', cell: (u) => h(points(last(u)?.score.score)), num: true, sort: (u) => last(u)?.score.score ?? -1 },
      { head: '逾期事项', cell: (u) => h(u.overdue.length), num: true, sort: (u) => u.overdue.length },
    ], { id: 'unit-list', cls: 'sortable-table' }),
  };
}
