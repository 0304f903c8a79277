// A project's page: its record and lists, its investment against plan (chart), its stage and
// 形象进度 by month, its problems with each one's way up, its countdown tasks, inspection
// findings and ledger submissions, and what it has overdue.
import type { Model } from '../../model/index.js';
import { wan, pct } from '../../render/index.js';
import { personName, unitName } from '../../render/index.js';
import { investmentChart } from '../chart.js';
import { fields, h, light, PATHS, rel, section, table, type Page } from '../html.js';
import type { SiteProblem, SiteProject } from '../model.js';
import { categoryName, FINDING, LIST_KIND, NATURE, overdueText, stageName, STEP, SUBMISSION, TASK, whoName } from '../words.js';

export function projectPage(m: Model, p: SiteProject): Page {
  const path = PATHS.project(p.id);
  const unit = (id: string | null) => (id ? `<a href="${h(rel(path, PATHS.unit(id)))}">${h(unitName(m, id))}</a>` : null);
  const pr = p.progress;
  const record = fields([
    ['项目编号', h(p.id)], ['领域', h(p.sectorName)], ['性质', h(NATURE[p.nature] ?? p.nature)], ['阶段', h(stageName(p.stage))],
    ['业主单位', unit(p.owner)], ['牵头单位', unit(p.leadUnit)], ['牵头区领导', p.leadLeader ? h(personName(m, p.leadLeader)) : null],
    ['联络员', p.liaison ? h(personName(m, p.liaison)) : null], ['属地', unit(p.location)],
    ['估算总投资', `${h(wan(p.total))} 万元`], ['计划开工', h(p.start)], ['计划完工', h(p.end)],
    ['本年计划投资', pr ? `${h(wan(pr.planned))} 万元` : null], ['本年完成投资', pr ? `${h(wan(pr.invested))} 万元（${h(pct(pr.completion))}）` : null],
    ['红黄绿灯', pr ? light(pr.light) : null], ['年度目标', pr?.target ? h(pr.target) : null],
  ]);
  const lists = table(p.lists, [
    { head: '清单', cell: (l) => h(`${LIST_KIND[l.kind] ?? l.kind}（${l.period}）`) },
    { head: '决策下达', cell: (l) => h(l.decided ?? '草案') },
    { head: '计划投资（万元）', cell: (l) => h(l.planned === null ? '—' : wan(l.planned)), num: true },
    { head: '年度目标', cell: (l) => h(l.target ?? '') },
  ], { empty: '未列入清单' });
  const months = table(p.months, [
    { head: '月份', cell: (x) => h(x.month) },
    { head: '阶段', cell: (x) => h(stageName(x.stage)) },
    { head: '形象进度', cell: (x) => h(x.physical ?? '') },
    { head: '总体进度', cell: (x) => h(x.percent === null ? '' : `${x.percent}%`), num: true },
    { head: '当月完成（万元）', cell: (x) => h(wan(x.invested)), num: true },
    { head: '本年累计（万元）', cell: (x) => h(wan(x.cumulative)), num: true },
  ], { empty: '尚无台账', cls: 'months' });
  const subs = table(p.submissions, [
    { head: '月份', cell: (x) => h(x.month) },
    { head: '截止', cell: (x) => h(x.due) },
    { head: '报送时间', cell: (x) => h(x.when ? `${x.when}${x.source === 'git' ? '（提交入库）' : x.source === 'declared' ? '（填报日期）' : ''}` : '—') },
    { head: '情况', cell: (x) => `<span class="state ${h(x.state)}">${h(SUBMISSION[x.state])}${x.lateDays ? h(` ${x.lateDays} 天`) : ''}</span>${x.amended ? h(`，截止后修改 ${x.amended} 次`) : ''}` },
    { head: '填报人', cell: (x) => h(x.reporter ? personName(m, x.reporter) : '') },
  ], { empty: '无报送义务', cls: 'submissions' });
  const countdown = p.countdown.map((c) => `<h3>${h(c.year)} 年倒计时任务</h3>\n${table(c.tasks, [
    { head: '任务', cell: (t) => h(t.task) }, { head: '应完成', cell: (t) => h(t.due) }, { head: '完成', cell: (t) => h(t.doneOn ?? '—') },
    { head: '情况', cell: (t) => `<span class="state ${h(t.state)}">${h(TASK[t.state])}</span>` },
  ])}`).join('\n');
  const findings = table(p.findings, [
    { head: '督查', cell: (f) => h(`${f.date} ${f.inspection}`) }, { head: '问题', cell: (f) => h(f.issue) },
    { head: '责任单位', cell: (f) => (f.assignedTo ? unit(f.assignedTo)! : '') }, { head: '限期', cell: (f) => h(f.due ?? '') },
    { head: '情况', cell: (f) => `<span class="state ${h(f.state)}">${h(FINDING[f.state])}</span>${f.closedOn ? h(` ${f.closedOn}`) : ''}` },
  ], { empty: '无督查问题' });
  const overdue = p.overdue.length ? `<ul class="overdue">${p.overdue.map((i) => `<li>${h(overdueText(m, i))}（逾期 ${h(i.daysOverdue)} 天）</li>`).join('')}</ul>` : '<p class="empty">无逾期事项</p>';
  return {
    path, title: p.name,
    body: [
      section('项目信息', record + lists, 'record'),
      section('投资完成情况', `<figure class="chart">${investmentChart(p.months)}<figcaption>月度完成投资与本年累计、年度计划</figcaption></figure>`, 'investment'),
      section('阶段和形象进度', months, 'progress'),
      section('问题台账', p.problems.length ? p.problems.map((x) => problem(m, x)).join('\n') : '<p class="empty">无问题</p>', 'problems'),
      section('倒计时任务', countdown || '<p class="empty">无倒计时任务</p>', 'countdown'),
      section('督查发现问题', findings, 'findings'),
      section('台账报送记录', subs, 'submissions'),
      section('逾期事项', overdue, 'overdue'),
    ].join('\n'),
  };
}

function problem(m: Model, x: SiteProblem): string {
  const state = x.open ? (x.overdue ? '超过限时未解决' : '未解决') : '已解决';
  const steps = x.steps.map((s) => {
    const who = whoName(m, s.who);
    const outcome = s.outcome === 'resolved' ? '，已解决' : s.outcome === 'unresolved' ? '，未解决' : '';
    return `<li class="step ${h(s.kind)}" data-step="${h(s.kind)}"><time datetime="${h(s.date)}">${h(s.date)}</time> <b>${h(STEP[s.kind])}</b>${who ? ` ${h(who)}` : ''}${h(outcome)}</li>`;
  }).join('');
  return `<article class="problem${x.open ? ' open' : ''}" id="problem-${h(x.id)}">
<h3>${h(x.title)} <small>${h(categoryName(x.category))} · ${h(state)}${x.due ? h(` · 限时 ${x.due}`) : ''}</small></h3>
<ol class="timeline">${steps}</ol>
</article>`;
}
