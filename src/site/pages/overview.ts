// The overview (index.html): the month's district figures, the lights by sector and by lead
// unit, the red and yellow lists, what is overdue, the 提请调度清单, and every project in a list
// that searches and sorts in the browser (assets/site.js).
import type { GroupRow, ProgressRow } from '../../engine/index.js';
import type { Model } from '../../model/index.js';
import { cnMonth, int, pct, signed, wan, yi } from '../../render/index.js';
import { unitName } from '../../render/index.js';
import { h, light, PATHS, rel, section, table, type Page } from '../html.js';
import type { SiteModel, SiteProject } from '../model.js';
import { categoryName, LEVEL, overdueKindName, overdueText, stageName } from '../words.js';

const path = PATHS.overview;
const projectLink = (id: string, name: string) => `<a href="${h(rel(path, PATHS.project(id)))}">${h(name)}</a>`;
const unitLink = (m: Model, id: string | null) => (id ? `<a href="${h(rel(path, PATHS.unit(id)))}">${h(unitName(m, id))}</a>` : '—');

export function overviewPage(m: Model, site: SiteModel): Page {
  const b = site.bulletin;
  const parts: string[] = [];
  if (b) {
    const o = b.overall;
    parts.push(section(`${cnMonth(b.month)}全区情况`, `<div class="figures">
<div><b>${h(int(o.projects))}</b><span>年度计划项目（个）</span></div>
<div><b>${h(yi(o.planned))}</b><span>年度计划投资（亿元）</span></div>
<div><b>${h(yi(o.invested))}</b><span>累计完成投资（亿元）</span></div>
<div><b>${h(pct(o.completion))}</b><span>投资完成率</span></div>
<div><b>${h(pct(o.timeProgress))}</b><span>时间进度</span></div>
<div><b>${h(o.lag === null ? '—' : o.lag > 0 ? `落后 ${o.lag.toFixed(1)}` : `超前 ${Math.abs(o.lag).toFixed(1)}`)}</b><span>较时间进度（百分点）</span></div>
<div class="lights"><span>${light('red')} ${h(o.lights.red)}</span><span>${light('yellow')} ${h(o.lights.yellow)}</span><span>${light('green')} ${h(o.lights.green)}</span></div>
</div>`, 'figures'));
    const groups = (rows: GroupRow[], link: boolean) => table(rows, [
      { head: '名称', cell: (g) => (link ? unitLink(m, g.key) : h(g.name)) },
      { head: '项目', cell: (g) => h(g.projects), num: true },
      { head: '计划投资（万元）', cell: (g) => h(wan(g.planned)), num: true },
      { head: '完成投资（万元）', cell: (g) => h(wan(g.invested)), num: true },
      { head: '完成率', cell: (g) => h(pct(g.completion)), num: true },
      { head: '灯', cell: (g) => light(g.light) },
      { head: '红 / 黄 / 绿', cell: (g) => h(`${g.lights.red} / ${g.lights.yellow} / ${g.lights.green}`), num: true },
    ]);
    parts.push(section('分领域', groups(b.sectors, false), 'sectors'));
    parts.push(section('分牵头单位', groups(b.leadUnits, true), 'lead-units'));
    const lightList = (rows: ProgressRow[]) => table(rows, [
      { head: '项目', cell: (r) => projectLink(r.project, r.name) },
      { head: '业主单位', cell: (r) => unitLink(m, r.owner) },
      { head: '牵头单位', cell: (r) => unitLink(m, r.leadUnit) },
      { head: '完成率', cell: (r) => h(pct(r.completion)), num: true },
      { head: '落后时间进度（百分点）', cell: (r) => h(signed(r.lag)), num: true },
    ], { empty: '无' });
    parts.push(section('红灯项目', lightList(o.red), 'red'));
    parts.push(section('黄灯项目', lightList(o.yellow), 'yellow'));
    parts.push(section('提请调度清单', table(b.problems.escalations, [
      { head: '项目', cell: (e) => projectLink(e.project, e.name) },
      { head: '问题', cell: (e) => `<a href="${h(rel(path, PATHS.project(e.project)))}#problem-${h(e.problem.split('/')[1])}">${h(e.title)}</a>` },
      { head: '类别', cell: (e) => h(categoryName(e.category)) },
      { head: '当前层级', cell: (e) => h(LEVEL[e.level]) },
      { head: '提请', cell: (e) => h(`${LEVEL[e.to]}：${e.leaders.map((l) => l.name).join('、') || '—'}`) },
      { head: '最近调度', cell: (e) => h(e.lastHandled ?? '—') },
    ], { empty: '无须提请调度的问题' }), 'escalations'));
  } else {
    parts.push(`<p class="empty">${h(`${site.stamp.month.slice(0, 4)} 年尚无年度建设计划，无法计算投资完成情况。`)}</p>`);
  }
  parts.push(section(`逾期事项（${site.overdue.length}）`, site.overdue.length ? table(site.overdue, [
    { head: '类别', cell: (i) => h(overdueKindName(i.kind)) },
    { head: '应于', cell: (i) => h(i.due) },
    { head: '逾期（天）', cell: (i) => h(i.daysOverdue), num: true },
    { head: '事项', cell: (i) => (i.project ? `<a href="${h(rel(path, PATHS.project(i.project)))}#overdue">${h(overdueText(m, i))}</a>` : h(overdueText(m, i))) },
  ]) : '<p class="empty">无逾期事项</p>', 'overdue'));
  parts.push(section('全部项目', projectList(m, site.projects), 'projects'));
  return { path, title: `${site.stamp.district}重点项目总览`, body: parts.join('\n') };
}

function projectList(m: Model, ps: SiteProject[]): string {
  const LIGHT_ORDER = { red: 0, yellow: 1, green: 2 };
  return `<p class="search"><label>查找项目 <input type="search" id="q" data-filter="project-list" placeholder="名称、编号、单位、领域……" autocomplete="off"></label> <output id="q-count" for="q">共 ${h(ps.length)} 个项目</output></p>
${table(ps, [
    { head: '编号', cell: (p) => h(p.id), sort: (p) => p.id },
    { head: '项目名称', cell: (p) => projectLink(p.id, p.name), sort: (p) => p.name },
    { head: '领域', cell: (p) => h(p.sectorName), sort: (p) => p.sectorName },
    { head: '业主单位', cell: (p) => unitLink(m, p.owner), sort: (p) => unitName(m, p.owner) },
    { head: '牵头单位', cell: (p) => unitLink(m, p.leadUnit), sort: (p) => (p.leadUnit ? unitName(m, p.leadUnit) : '') },
    { head: '阶段', cell: (p) => h(stageName(p.stage)), sort: (p) => stageName(p.stage) },
    { head: '总投资（万元）', cell: (p) => h(wan(p.total)), num: true, sort: (p) => p.total },
    { head: '本年完成率', cell: (p) => h(pct(p.progress?.completion)), num: true, sort: (p) => p.progress?.completion ?? -1 },
    { head: '灯', cell: (p) => light(p.progress?.light), sort: (p) => (p.progress ? LIGHT_ORDER[p.progress.light] : 3) },
  ], { id: 'project-list', cls: 'sortable-table' })}`;
}
