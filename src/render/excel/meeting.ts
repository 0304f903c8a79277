// The sheets of the meeting workbook, from the engine's computations for the month: 总表,
// 进度台账, 问题台账, 倒计时台账, 逾期事项, 提级调度, 单位考核, 督查整改. Wording is Chinese
// (workbooks are always Chinese, CLI.md); numbers stay numbers with Excel number formats.
import type { Bulletin } from '../../engine/index.js';
import { annualPlan, countdownTasks, daysBetween, dutyMonths, escalationState, handlingsOf, ledgerDueDate, monthsBetween, natural, overdue, routeOf, type Snapshot } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { overdueMessage } from '../overdue.js';
import type { Column, SheetRow, SheetSpec, WorkbookSpec } from './workbook.js';

const zh = (k: string, p: Record<string, unknown> = {}) => t(k, p, 'zh');
const pct = (x: number | null) => (x === null ? null : Math.round(x * 10) / 1000);   // 89.5 → 0.895 for '0.0%'

export interface Validation { ok: boolean; errors: number; warnings: number }

export function sourceLine(b: Bulletin, v: Validation): string {
  const parts = [`计算日期 ${b.source.asOf}`, b.source.commit ? `数据版本 git ${b.source.commit.slice(0, 12)}` : '数据版本：非 git 记录', v.ok ? `已通过 kzp validate 校验${v.warnings ? `（警告 ${v.warnings} 条）` : ''}` : `未通过校验（错误 ${v.errors} 个）`,
    zh(`report.times.${b.source.times}`, { reason: b.source.timesReason ? zh(`report.reason.${b.source.timesReason}`) : '' }), '金额单位：万元'];
  return parts.join('　');
}

function personName(s: Snapshot, id: string | null): string {
  if (!id) return '';
  const p = s.model.people.get(id)?.person;
  return p ? (p.title ? `${p.name}（${p.title}）` : p.name) : id;
}
const unitName = (s: Snapshot, id: string | null | undefined) => (id ? s.model.units.get(id)?.data.name ?? id : '');
const projectName = (s: Snapshot, id: string | null | undefined) => (id ? s.model.projects.get(id)?.data.name ?? id : '');

export function meetingWorkbook(s: Snapshot, b: Bulletin, v: Validation & { forced: boolean }): WorkbookSpec {
  const title = (sheet: string) => `${b.source.district}重点项目月度调度会　${sheet}（${b.month.slice(0, 4)}年${Number(b.month.slice(5))}月）`;
  const sheet = (name: string, columns: Column[], freezeColumns: number, rows: SheetRow[]): SheetSpec => ({ name, title: title(name), columns, freezeColumns, rows });
  return {
    district: b.source.district, month: b.month, sourceLine: sourceLine(b, v),
    warning: v.ok ? null : `警告：数据未通过校验（${v.errors} 个错误），按 --force 生成，仅供核对。`,
    sheets: [
      sheet('总表', summaryColumns, 2, summaryRows(b)),
      sheet('进度台账', ledgerColumns, 3, ledgerRows(s, b)),
      sheet('问题台账', problemColumns, 2, problemRows(s)),
      sheet('倒计时台账', countdownColumns, 2, countdownRows(s, b)),
      sheet('逾期事项', overdueColumns, 1, overdueRows(s)),
      sheet('提级调度', escalationColumns, 2, escalationRows(b)),
      sheet('单位考核', scoreColumns, 3, scoreRows(b)),
      sheet('督查整改', findingColumns, 3, findingRows(s)),
    ],
  };
}

const summaryColumns: Column[] = [
  { header: '项目编号', kind: 'id' }, { header: '项目名称', kind: 'text' }, { header: '领域', kind: 'text' }, { header: '业主单位', kind: 'text' },
  { header: '牵头单位', kind: 'text' }, { header: '阶段', kind: 'text' }, { header: '年度计划投资（万元）', kind: 'wan' }, { header: '累计完成投资（万元）', kind: 'wan' },
  { header: '本月完成投资（万元）', kind: 'wan' }, { header: '完成率', kind: 'pct' }, { header: '滞后时间进度（百分点）', kind: 'points' }, { header: '亮灯', kind: 'light' },
  { header: '未解决问题', kind: 'int' }, { header: '年度目标', kind: 'text' },
];
function summaryRows(b: Bulletin): SheetRow[] {
  const rows: SheetRow[] = b.projects.map((p) => ({
    cells: [p.project, p.name, p.sectorName, p.ownerName, p.leadUnitName ?? '', zh(`stage.${p.stage}`), p.planned, p.invested, p.investedMonth, pct(p.completion), p.lag, p.light, p.openProblems, p.target ?? ''],
  }));
  const o = b.overall;
  rows.push({ cells: ['合计', `${o.projects} 个项目（时间进度 ${o.timeProgress.toFixed(1)}%）`, '', '', '', '', o.planned, o.invested, o.investedMonth, pct(o.completion), o.lag, null, b.problems.open, ''] });
  return rows;
}

const ledgerColumns: Column[] = [
  { header: '月份', kind: 'id' }, { header: '项目编号', kind: 'id' }, { header: '项目名称', kind: 'text' }, { header: '业主单位', kind: 'text' },
  { header: '本月完成投资（万元）', kind: 'wan' }, { header: '阶段', kind: 'text' }, { header: '形象进度', kind: 'text' }, { header: '总体进度', kind: 'pct' },
  { header: '报送时间', kind: 'date' }, { header: '报送情况', kind: 'text' }, { header: '时间来源', kind: 'text' }, { header: '截止后修改（次）', kind: 'int' }, { header: '填报人', kind: 'text' },
];
function ledgerRows(s: Snapshot, b: Bulletin): SheetRow[] {
  const m = s.model;
  const rows: SheetRow[] = [];
  const months = monthsBetween(`${b.year}-01`, b.month);
  const ids = [...m.projects.keys()].sort(natural);
  for (const mo of [...months].reverse()) {
    const due = ledgerDueDate(mo, m.config.ledger.grace_days);
    for (const id of ids) {
      if (!dutyMonths(m, id).has(mo)) continue;
      const p = m.projects.get(id)!.data;
      const l = s.known.get(id)?.get(mo);
      if (!l) {
        if (s.asOf > due) rows.push({ cells: [mo, id, p.name, unitName(s, p.owner), null, '', '', null, '', zh('report.ledger.missing'), '', null, ''], fill: 'red' });
        continue;
      }
      const sub = s.submissions.get(l)!;
      const pr = l.data.progress;
      rows.push({
        cells: [mo, id, p.name, unitName(s, p.owner), pr.invested, pr.stage ? zh(`stage.${pr.stage}`) : '', pr.physical ?? '', pr.percent === undefined ? null : pr.percent / 100,
          sub.when ?? '', sub.late ? `${zh('report.ledger.late')} ${sub.lateDays} 天` : zh('report.ledger.on-time'), sub.source === 'git' ? 'git 提交' : sub.source === 'declared' ? '填报日期' : '不详',
          sub.amendments.length || null, l.data.reporter ? personName(s, l.data.reporter) : ''],
        fill: sub.late ? 'yellow' : null,
      });
    }
  }
  return rows;
}

const problemColumns: Column[] = [
  { header: '问题编号', kind: 'id' }, { header: '问题', kind: 'text' }, { header: '项目名称', kind: 'text' }, { header: '类别', kind: 'text' },
  { header: '提出日期', kind: 'date' }, { header: '限时', kind: 'date' }, { header: '状态', kind: 'text' }, { header: '解决日期', kind: 'date' },
  { header: '当前层级', kind: 'text' }, { header: '可提请层级', kind: 'text' }, { header: '不可提级原因', kind: 'text' }, { header: '应提请调度', kind: 'text' },
  { header: '呈报领导', kind: 'text' }, { header: '属地', kind: 'text' }, { header: '最近调度', kind: 'date' }, { header: '超时限（天）', kind: 'int' },
];
function problemRows(s: Snapshot): SheetRow[] {
  const m = s.model;
  const stale = m.config.escalation.stale_days;
  return [...s.problems.values()].sort((a, b) => Number(b.open) - Number(a.open) || natural(a.project, b.project) || natural(a.key, b.key)).map((ps) => {
    const st = escalationState(handlingsOf(m, ps.key), s.asOf);
    const route = routeOf(m, ps.timeline);
    const overdueDays = ps.open && ps.due && s.asOf > ps.due ? daysBetween(ps.due, s.asOf) : null;
    const due = ps.open && st.eligibleFor !== null && st.lastHandled !== null && daysBetween(st.lastHandled, s.asOf) > stale;
    return {
      cells: [ps.key, ps.problem.title, projectName(s, ps.project), zh(`category.${ps.problem.category}`), ps.raisedOn, ps.due ?? '', ps.open ? '未解决' : '已解决', ps.resolvedOn ?? '',
        zh(`level.${st.level}`), ps.open && st.eligibleFor ? zh(`level.${st.eligibleFor}`) : '', ps.open && st.missing.length ? `缺少 ${st.missing.join('、')} 调度` : '', due ? '是' : '',
        personName(s, route.routeTo), unitName(s, route.territorial), st.lastHandled ?? '', overdueDays],
      fill: overdueDays !== null ? 'red' : due ? 'yellow' : null,
    };
  });
}

const countdownColumns: Column[] = [
  { header: '项目编号', kind: 'id' }, { header: '项目名称', kind: 'text' }, { header: '业主单位', kind: 'text' }, { header: '任务编号', kind: 'id' },
  { header: '任务', kind: 'text' }, { header: '应完成日期', kind: 'date' }, { header: '完成日期', kind: 'date' }, { header: '完成情况', kind: 'text' }, { header: '逾期（天）', kind: 'int' },
];
function countdownRows(s: Snapshot, b: Bulletin): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const { project } of annualPlan(s.model, b.year)) {
    const p = s.model.projects.get(project)!.data;
    for (const x of countdownTasks(s, project, String(b.year))) {
      const state = x.doneOn ? (x.doneOn <= x.due ? 'on-time' : 'late') : s.asOf > x.due ? 'overdue' : 'pending';
      const days = state === 'late' ? daysBetween(x.due, x.doneOn!) : state === 'overdue' ? daysBetween(x.due, s.asOf) : null;
      rows.push({ cells: [project, p.name, unitName(s, p.owner), x.id, x.task, x.due, x.doneOn ?? '', zh(`report.task.${state}`), days], fill: state === 'overdue' ? 'red' : state === 'late' ? 'yellow' : null });
    }
  }
  return rows;
}

const overdueColumns: Column[] = [
  { header: '类别', kind: 'text' }, { header: '规则', kind: 'id' }, { header: '应完成日期', kind: 'date' }, { header: '逾期（天）', kind: 'int' },
  { header: '项目编号', kind: 'id' }, { header: '责任单位', kind: 'text' }, { header: '责任人', kind: 'text' }, { header: '编号', kind: 'id' }, { header: '事项', kind: 'text' },
];
function overdueRows(s: Snapshot): SheetRow[] {
  return overdue(s).map((i) => ({
    cells: [zh(`kind.${i.kind}`), i.rule, i.due, i.daysOverdue, i.project ?? '', unitName(s, i.unit), personName(s, i.person ?? null), i.ref ?? '', overdueMessage(s.model, i, 'zh')],
    fill: i.daysOverdue > 30 ? 'red' : 'yellow',
  }));
}

const escalationColumns: Column[] = [
  { header: '序号', kind: 'int' }, { header: '问题编号', kind: 'id' }, { header: '问题', kind: 'text' }, { header: '项目名称', kind: 'text' }, { header: '类别', kind: 'text' },
  { header: '当前层级', kind: 'text' }, { header: '提请', kind: 'text' }, { header: '呈报领导', kind: 'text' }, { header: '属地', kind: 'text' },
  { header: '最近调度', kind: 'date' }, { header: '限时', kind: 'date' }, { header: '超时限', kind: 'text' },
];
function escalationRows(b: Bulletin): SheetRow[] {
  return b.problems.escalations.map((e, i) => ({
    cells: [i + 1, e.problem, e.title, e.name, zh(`category.${e.category}`), zh(`level.${e.level}`), zh(`report.to.${e.to}`), e.leaders.map((l) => l.name).join('、'), e.territorialName ?? '', e.lastHandled ?? '', e.due ?? '', e.overdue ? '是' : ''],
    fill: e.overdue ? 'red' : null,
  }));
}

const scoreColumns: Column[] = [
  { header: '同类单位', kind: 'text' }, { header: '名次', kind: 'int' }, { header: '单位', kind: 'text' }, { header: '得分', kind: 'points' },
  { header: '倒计时任务', kind: 'pct' }, { header: '台账报送', kind: 'pct' }, { header: '问题解决', kind: 'pct' }, { header: '督查整改', kind: 'pct' },
];
function scoreRows(b: Bulletin): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const g of b.scores.groups) {
    for (const u of g.ranked) rows.push({ cells: [zh(`group.${g.group}`), u.rank, u.name, u.score, pct(u.countdown), pct(u.ledger), pct(u.problems), pct(u.inspection)], fill: u.score !== null && u.score < 60 ? 'red' : null });
    for (const u of g.unscored) rows.push({ cells: [zh(`group.${g.group}`), null, u.name, null, null, null, null, null] });
  }
  return rows;
}

const findingColumns: Column[] = [
  { header: '督查', kind: 'id' }, { header: '督查日期', kind: 'date' }, { header: '问题编号', kind: 'id' }, { header: '督查对象', kind: 'text' }, { header: '问题', kind: 'text' },
  { header: '责任单位', kind: 'text' }, { header: '整改时限', kind: 'date' }, { header: '销号日期', kind: 'date' }, { header: '状态', kind: 'text' }, { header: '超期（天）', kind: 'int' }, { header: '整改佐证', kind: 'text' },
];
function findingRows(s: Snapshot): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const ins of s.model.inspections) {
    const d = ins.data;
    if (d.date > s.asOf) continue;
    for (const f of d.findings) {
      const closed = f.closed_on && f.closed_on <= s.asOf ? f.closed_on : null;
      const state = closed ? (f.due && closed > f.due ? 'closed-late' : 'closed') : f.due && s.asOf > f.due ? 'overdue' : 'open';
      rows.push({
        cells: [d.id, d.date, f.id, projectName(s, f.target) || unitName(s, f.target), f.issue, unitName(s, f.assigned_to), f.due ?? '', closed ?? '', zh(`report.finding.${state}`),
          state === 'overdue' ? daysBetween(f.due!, s.asOf) : null, closed ? f.evidence ?? '' : ''],
        fill: state === 'overdue' ? 'red' : state === 'closed-late' ? 'yellow' : null,
      });
    }
  }
  return rows;
}
