// The sheets of the meeting workbook, from the engine's computations for the month: 总表,
// 进度台账 (the meeting's month), 全年台账 (January to the month), 问题台账, 倒计时台账, 逾期事项,
// 提级调度, 单位考核, 督查整改. Wording is Chinese (workbooks are always Chinese, CLI.md) and
// plain: names, not ids, of units, people and inspections; no rule ids or field names. Numbers
// stay numbers with Excel number formats; dates are date cells.
import type { Bulletin } from '../../engine/index.js';
import { annualPlan, countdownTasks, daysBetween, dutyMonths, escalationState, findingRow, handlingsOf, ledgerDueDate, monthsBetween, natural, nextSteps, overdue, routeOf, targetName, type OverdueItem, type Snapshot } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { cnDate, cnMonth } from '../format.js';
import type { Column, SheetRow, SheetSpec, WorkbookSpec } from './workbook.js';

const zh = (k: string, p: Record<string, unknown> = {}) => t(k, p, 'zh');
const pct = (x: number | null) => (x === null ? null : Math.round(x * 10) / 1000);   // 89.5 → 0.895 for '0.0%'

export interface Validation { ok: boolean; errors: number; warnings: number }

/** The header line under each sheet's title: when the data were taken, from which version, checked or not, in plain words. */
export function sourceLine(b: Bulletin, v: Validation): string {
  const parts = [`数据截至${cnDate(b.source.asOf)}`, b.source.commit ? `数据版本号 ${b.source.commit.slice(0, 12)}` : '数据不在版本库中',
    v.ok ? `数据已通过校验${v.warnings ? `（提示 ${v.warnings} 条）` : ''}` : `数据未通过校验（错误 ${v.errors} 个）`,
    zh(`report.times.${b.source.times}`), '金额单位：万元'];
  return parts.join('　');
}

function personName(s: Snapshot, id: string | null | undefined): string {
  if (!id) return '';
  const p = s.model.people.get(id)?.person;
  return p ? (p.title ? `${p.name}（${p.title}）` : p.name) : id;
}
const unitName = (s: Snapshot, id: string | null | undefined) => (id ? s.model.units.get(id)?.data.name ?? id : '');
const projectName = (s: Snapshot, id: string | null | undefined) => (id ? s.model.projects.get(id)?.data.name ?? id : '');

/** An inspection as a meeting names it: "第4次联合督查（12月13日）". */
function inspectionName(s: Snapshot, id: string): string {
  const ins = s.model.inspections.find((i) => i.data.id === id)?.data;
  if (!ins) return id;
  const year = ins.date.slice(0, 4);
  const n = s.model.inspections.filter((i) => i.data.date.slice(0, 4) === year && (i.data.date < ins.date || (i.data.date === ins.date && i.data.id <= ins.id))).length;
  return `${year}年第${n}次联合督查（${Number(ins.date.slice(5, 7))}月${Number(ins.date.slice(8, 10))}日）`;
}

export function meetingWorkbook(s: Snapshot, b: Bulletin, v: Validation & { forced: boolean }, opts: { epoch?: number } = {}): WorkbookSpec {
  const title = (sheet: string) => `${b.source.district}重点项目月度调度会　${sheet}（${b.month.slice(0, 4)}年${Number(b.month.slice(5))}月）`;
  const sheet = (name: string, columns: Column[], freezeColumns: number, rows: SheetRow[], fontSize?: number): SheetSpec => ({ name, title: title(name), columns, freezeColumns, rows, fontSize });
  return {
    district: b.source.district, month: b.month, sourceLine: sourceLine(b, v), author: b.source.center || b.source.district,
    epoch: opts.epoch ?? Math.floor(Date.parse(`${b.source.asOf}T00:00:00Z`) / 1000),
    warning: v.ok ? null : `警告：数据未通过校验（${v.errors} 个错误），本工作簿系强制生成，仅供核对。`,
    sheets: [
      sheet('总表', summaryColumns, 1, summaryRows(s, b)),
      sheet('进度台账', ledgerColumns, 1, ledgerRows(s, b, [b.month])),
      sheet('全年台账', [{ header: '月份', kind: 'month' }, ...ledgerColumns], 2, ledgerRows(s, b, [...monthsBetween(`${b.year}-01`, b.month)].reverse(), true)),
      sheet('问题台账', problemColumns, 2, problemRows(s)),
      sheet('倒计时台账', countdownColumns, 1, countdownRows(s, b)),
      sheet('逾期事项', overdueColumns, 1, overdueRows(s)),
      // a few rows the meeting reads aloud: in large type
      sheet('提级调度', escalationColumns, 2, escalationRows(b), 12),
      sheet('单位考核', scoreColumns, 3, scoreRows(b)),
      sheet('督查整改', findingColumns, 2, findingRows(s)),
    ],
  };
}

const summaryColumns: Column[] = [
  { header: '项目名称', kind: 'text', max: 20 }, { header: '领域', kind: 'text' }, { header: '业主单位', kind: 'text', max: 16 },
  { header: '牵头单位', kind: 'text', max: 14 }, { header: '牵头区领导', kind: 'text', max: 14 }, { header: '阶段', kind: 'text' },
  { header: '年度计划投资（万元）', kind: 'wan' }, { header: '累计完成投资（万元）', kind: 'wan' }, { header: '本月完成投资（万元）', kind: 'wan' },
  { header: '完成率', kind: 'pct' }, { header: '滞后时间进度（百分点）', kind: 'points' }, { header: '亮灯', kind: 'light' },
  { header: '未解决问题', kind: 'int' }, { header: '形象进度', kind: 'text', max: 20 }, { header: '年度目标', kind: 'text', max: 20 },
];
function summaryRows(s: Snapshot, b: Bulletin): SheetRow[] {
  const rows: SheetRow[] = b.projects.map((p) => {
    const lead = s.model.projects.get(p.project)?.data.lead_leader;
    // 形象进度: what the newest ledger known up to the month says
    const known = s.known.get(p.project);
    const month = known ? [...known.keys()].filter((mo) => mo <= b.month).sort().pop() : undefined;
    const physical = month ? known!.get(month)!.data.progress.physical ?? '' : '';
    return {
      cells: [p.name, p.sectorName, p.ownerName, p.leadUnitName ?? '', personName(s, lead), zh(`stage.${p.stage}`), p.planned, p.invested, p.investedMonth, pct(p.completion), p.lag, p.light, p.openProblems, physical, p.target ?? ''],
    };
  });
  const o = b.overall;
  rows.push({ cells: [`合计：${o.projects} 个项目（时间进度 ${o.timeProgress.toFixed(1)}%）`, '', '', '', '', '', o.planned, o.invested, o.investedMonth, pct(o.completion), o.lag, null, b.problems.open, '', ''] });
  return rows;
}

const ledgerColumns: Column[] = [
  { header: '项目名称', kind: 'text', max: 22 }, { header: '业主单位', kind: 'text', max: 18 },
  { header: '本月完成投资（万元）', kind: 'wan' }, { header: '阶段', kind: 'text' }, { header: '形象进度', kind: 'text', max: 26 }, { header: '总体进度', kind: 'pct' },
  { header: '报送时间', kind: 'date' }, { header: '报送情况', kind: 'text' }, { header: '期限后修改（次）', kind: 'int' }, { header: '填报人', kind: 'text', max: 16 },
];
function ledgerRows(s: Snapshot, b: Bulletin, months: string[], withMonth = false): SheetRow[] {
  const m = s.model;
  const rows: SheetRow[] = [];
  const ids = [...m.projects.keys()].sort(natural);
  for (const mo of months) {
    const due = ledgerDueDate(mo, m.config.ledger.grace_days);
    const lead = withMonth ? [mo] : [];
    for (const id of ids) {
      if (!dutyMonths(m, id).has(mo)) continue;
      const p = m.projects.get(id)!.data;
      const l = s.known.get(id)?.get(mo);
      if (!l) {
        if (s.asOf > due) rows.push({ cells: [...lead, p.name, unitName(s, p.owner), null, '', '', null, '', zh('report.ledger.missing'), null, ''], fill: 'red' });
        continue;
      }
      const sub = s.submissions.get(l)!;
      const pr = l.data.progress;
      rows.push({
        cells: [...lead, p.name, unitName(s, p.owner), pr.invested, pr.stage ? zh(`stage.${pr.stage}`) : '', pr.physical ?? '', pr.percent === undefined ? null : pr.percent / 100,
          sub.when ?? '', sub.late ? `${zh('report.ledger.late')} ${sub.lateDays} 天` : zh('report.ledger.on-time'),
          sub.amendments.length || null, l.data.reporter ? personName(s, l.data.reporter) : ''],
        fill: sub.late ? 'yellow' : null,
      });
    }
  }
  return rows;
}

const problemColumns: Column[] = [
  { header: '问题', kind: 'text', max: 24 }, { header: '项目名称', kind: 'text', max: 20 }, { header: '类别', kind: 'text' },
  { header: '提出日期', kind: 'date' }, { header: '限时', kind: 'date' }, { header: '状态', kind: 'text' }, { header: '解决日期', kind: 'date' },
  { header: '已调度', kind: 'text' }, { header: '可提请', kind: 'text' }, { header: '尚缺调度', kind: 'text' }, { header: '应提请调度', kind: 'text' },
  { header: '呈报领导', kind: 'text', max: 16 }, { header: '属地', kind: 'text', max: 14 }, { header: '最近调度', kind: 'date' }, { header: '超时限（天）', kind: 'int' },
];
function problemRows(s: Snapshot): SheetRow[] {
  const m = s.model;
  const stale = m.config.escalation.stale_days;
  return [...s.problems.values()].sort((a, b) => Number(b.open) - Number(a.open) || natural(a.project, b.project) || natural(a.key, b.key)).map((ps) => {
    const st = escalationState(handlingsOf(m, ps.key), s.asOf);
    const route = routeOf(m, ps.timeline);
    const next = nextSteps(m, ps.timeline, st, route.routeTo);
    // DS-3: each missing step with who must take it; a problem at or bound for L3 goes to the main leaders, not a vice head
    const missing = st.missing.map((l) => { const by = next.missingBy[l]; const who = by ? (l === 'L1' ? unitName(s, by) : personName(s, by)) : ''; return `${zh(`report.level.${l}`)}${who ? `（${who}）` : ''}`; }).join('、');
    const leader = st.level === 'L3' || next.nextConvener === 'main' ? '区委、区政府主要领导' : personName(s, route.routeTo);
    const overdueDays = ps.open && ps.due && s.asOf > ps.due ? daysBetween(ps.due, s.asOf) : null;
    const due = ps.open && st.eligibleFor !== null && st.lastHandled !== null && daysBetween(st.lastHandled, s.asOf) > stale;
    return {
      cells: [ps.problem.title, projectName(s, ps.project), zh(`category.${ps.problem.category}`), ps.raisedOn, ps.due ?? '', ps.open ? '未解决' : '已解决', ps.resolvedOn ?? '',
        zh(`report.level.${st.level}`), ps.open && st.eligibleFor ? zh(`report.level.${st.eligibleFor}`) : '', ps.open && st.missing.length ? missing : '', due ? '是' : '',
        leader, unitName(s, route.territorial), st.lastHandled ?? '', overdueDays],
      fill: overdueDays !== null ? 'red' : due ? 'yellow' : null,
    };
  });
}

const countdownColumns: Column[] = [
  { header: '项目名称', kind: 'text', max: 22 }, { header: '业主单位', kind: 'text', max: 18 },
  { header: '任务', kind: 'text', max: 26 }, { header: '应完成日期', kind: 'date' }, { header: '完成日期', kind: 'date' }, { header: '完成情况', kind: 'text' }, { header: '逾期（天）', kind: 'int' },
];
function countdownRows(s: Snapshot, b: Bulletin): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const { project } of annualPlan(s.model, b.year)) {
    const p = s.model.projects.get(project)!.data;
    for (const x of countdownTasks(s, project, String(b.year))) {
      const state = x.doneOn ? (x.doneOn <= x.due ? 'on-time' : 'late') : s.asOf > x.due ? 'overdue' : 'pending';
      const days = state === 'late' ? daysBetween(x.due, x.doneOn!) : state === 'overdue' ? daysBetween(x.due, s.asOf) : null;
      rows.push({ cells: [p.name, unitName(s, p.owner), x.task, x.due, x.doneOn ?? '', zh(`report.task.${state}`), days], fill: state === 'overdue' ? 'red' : state === 'late' ? 'yellow' : null });
    }
  }
  return rows;
}

const overdueColumns: Column[] = [
  { header: '类别', kind: 'text' }, { header: '应完成日期', kind: 'date' }, { header: '逾期（天）', kind: 'int' },
  { header: '项目名称', kind: 'text', max: 22 }, { header: '责任单位', kind: 'text', max: 18 }, { header: '责任人', kind: 'text', max: 14 }, { header: '事项', kind: 'text', max: 30 },
];
const quarterText = (q: string) => `${q.slice(0, 4)}年第${'一二三四'[Number(q.slice(-1)) - 1]}季度`;
const LIST_KINDS: Record<string, string> = { annual: '年度建设计划项目清单', rolling: '三年滚动规划项目清单', reserve: '五年储备项目清单' };
/** What is overdue, in the words of the meeting (the item's kind is its own column). */
function overdueWhat(i: OverdueItem): string {
  const f = i.facts;
  switch (i.kind) {
    case 'ledger-missing': return `${cnMonth(String(f.month))}月度台账`;
    case 'ledger-late': return `${cnMonth(String(f.month))}月度台账迟报 ${i.daysOverdue} 天`;
    case 'countdown': return String(f.task ?? '');
    case 'problem': return String(f.title ?? '');
    case 'finding': return String(f.issue ?? '');
    case 'review-cadence': return `${cnMonth(String(f.month))}未开展项目会审`;
    case 'dispatch-cadence': return `${cnMonth(String(f.month))}未专题调度牵头项目`;
    case 'main-dispatch-cadence': return `${quarterText(String(f.quarter))}未专题调度全区重点项目`;
    case 'inspection-cadence': return `${quarterText(String(f.quarter))}未开展联合督查`;
    case 'list-decision': return `${f.year}年起的${LIST_KINDS[String(f.list)] ?? ''}未按期决策下达`;
    case 'budget-step': return `${f.year}年${zh(`step.${f.step}`)}`;
    default: return '';
  }
}
function overdueRows(s: Snapshot): SheetRow[] {
  return overdue(s).map((i) => ({
    cells: [zh(`kind.${i.kind}`), i.due, i.daysOverdue, projectName(s, i.project), unitName(s, i.unit), personName(s, i.person), overdueWhat(i)],
    fill: i.daysOverdue > 30 ? 'red' : 'yellow',
  }));
}

const escalationColumns: Column[] = [
  { header: '序号', kind: 'int' }, { header: '问题（类别）', kind: 'text', max: 24 }, { header: '项目名称', kind: 'text', max: 18 },
  { header: '已调度', kind: 'text' }, { header: '提请', kind: 'text' }, { header: '呈报领导', kind: 'text', max: 18 }, { header: '属地', kind: 'text', max: 12 },
  { header: '最近调度', kind: 'date' }, { header: '限时', kind: 'date' }, { header: '超时限', kind: 'text' },
];
function escalationRows(b: Bulletin): SheetRow[] {
  return b.problems.escalations.map((e, i) => ({
    cells: [i + 1, `${e.title}（${zh(`category.${e.category}`)}）`, e.name, zh(`report.level.${e.level}`), zh(`report.level.${e.to}`), e.leaders.map((l) => l.name).join('、'), e.territorialName ?? '', e.lastHandled ?? '', e.due ?? '', e.overdue ? '是' : ''],
    fill: e.overdue ? 'red' : null,
  }));
}

const scoreColumns: Column[] = [
  { header: '同类单位', kind: 'text' }, { header: '名次', kind: 'int' }, { header: '单位', kind: 'text', max: 22 }, { header: '责任', kind: 'text' }, { header: '得分', kind: 'points' },
  { header: '倒计时任务', kind: 'pct' }, { header: '台账报送', kind: 'pct' }, { header: '问题解决', kind: 'pct' }, { header: '督查整改', kind: 'pct' },
];
function scoreRows(b: Bulletin): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const g of b.scores.groups) {
    for (const u of g.ranked) rows.push({ cells: [zh(`group.${g.group}`), u.rank, u.name, u.role ? zh(`score.role.${u.role}`) : '', u.score, pct(u.countdown), pct(u.ledger), pct(u.problems), pct(u.inspection)], fill: u.score !== null && u.score < 60 ? 'red' : null });
    for (const u of g.unscored) rows.push({ cells: [zh(`group.${g.group}`), null, u.name, u.role ? zh(`score.role.${u.role}`) : '', null, null, null, null, null] });
  }
  return rows;
}

const findingColumns: Column[] = [
  { header: '督查', kind: 'text', max: 16 }, { header: '督查对象', kind: 'text', max: 20 }, { header: '问题', kind: 'text', max: 26 },
  { header: '责任单位', kind: 'text', max: 18 }, { header: '整改时限', kind: 'date' }, { header: '销号日期', kind: 'date' }, { header: '状态', kind: 'text' }, { header: '超期（天）', kind: 'int' }, { header: '整改佐证', kind: 'text', max: 18 },
];
function findingRows(s: Snapshot): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const ins of s.model.inspections) {
    const d = ins.data;
    if (d.date > s.asOf) continue;
    const name = inspectionName(s, d.id);
    for (const f of d.findings) {
      const r = findingRow(s, d, f);
      rows.push({
        cells: [name, targetName(s, f.target), r.issue, r.assigneeName ?? '', r.due ?? '', r.closedOn ?? '', zh(`report.finding.${r.state}`), r.daysOverdue || null, r.evidence ?? ''],
        fill: r.state === 'overdue' ? 'red' : r.state === 'closed-late' ? 'yellow' : null,
      });
    }
  }
  return rows;
}
