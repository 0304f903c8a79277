// AS-1 the monthly bulletin (月度通报) and AS-4 the inspection bulletin (督查通报) as data: every
// number a bulletin states is computed here, the templates only lay it out (and `--format json`
// prints exactly this). Pure: the snapshot and the month in, plain data out.
//
// Scope: progress, starts, completions and countdown tasks are those of the annual plan of the
// bulletin's year (年度建设计划); ledgers, problems, findings and scores cover every listed
// project and unit, because a meeting list that leaves some out would mislead.
import type { Model } from '../model/index.js';
import { ledgerDueDate } from './calendar.js';
import { daysBetween, monthOf, monthsBetween } from './dates.js';
import { escalations } from './escalations.js';
import { annualPlan, countdownTasks, natural } from './overdue.js';
import { PEER_GROUPS, score, type PeerGroup } from './score.js';
import { dutyMonths, type Snapshot } from './snapshot.js';
import { lightFor, status, type Light, type StatusRow } from './status.js';

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const rate = (part: number, whole: number): number | null => (whole > 0 ? r1((part / whole) * 100) : null);

/** Where the numbers come from: the as-of date, the commit and how submission times were decided (HI-1). */
export interface Provenance {
  district: string;
  center: string;                      // the center's name (TF-1): the issuer
  asOf: string;
  commit: string | null;               // HEAD of the workspace when in git
  times: 'git' | 'declared';           // submission times from commits or from submitted_on
  timesReason: string | null;          // why declared (config, no-git, shallow, …)
}

export interface ProgressRow {
  project: string;
  name: string;
  sector: string;
  sectorName: string;
  owner: string;
  ownerName: string;
  leadUnit: string | null;
  leadUnitName: string | null;
  stage: string;
  planned: number;
  invested: number;
  investedMonth: number;
  completion: number | null;
  lag: number | null;
  light: Light;
  target: string | null;
  openProblems: number;
}

export interface GroupRow {
  key: string;                         // sector id or unit id
  name: string;
  projects: number;
  planned: number;
  invested: number;
  completion: number | null;
  lag: number | null;
  light: Light;
  lights: Record<Light, number>;
  rank: number | null;                 // by completion, highest first; ties share a rank
}

export interface MonthPoint {
  month: string;
  invested: number;                    // the month alone
  cumulative: number;                  // January to the month
  completion: number | null;           // cumulative / planned, %
  timeProgress: number;                // %
  planCumulative: number;              // planned × time progress (序时进度 in 万元)
}

export interface TaskRow {
  project: string;
  name: string;
  owner: string;
  ownerName: string;
  task: string;                        // task id
  title: string;
  due: string;
  doneOn: string | null;
  state: 'on-time' | 'late' | 'overdue' | 'pending';
  daysLate: number;                    // late: done after due; overdue: as-of minus due
}

export interface LedgerRow {
  project: string;
  name: string;
  owner: string;
  ownerName: string;
  state: 'on-time' | 'late' | 'missing' | 'pending';
  when: string | null;                 // arrival (git: "YYYY-MM-DD HH:MM"; declared: the date)
  source: 'git' | 'declared' | 'unknown' | null;
  lateDays: number;
  amended: number;                     // HI-2: commits after the due time
  reporter: string | null;
}

export interface OwnerLedgers { owner: string; ownerName: string; expected: number; onTime: number; late: number; missing: number; pending: number }

export interface CategoryRow { category: string; raised: number; resolved: number; open: number; overdue: number }

export interface ProblemRow {
  problem: string;
  project: string;
  name: string;
  title: string;
  category: string;
  raisedOn: string;
  due: string | null;
  resolvedOn: string | null;
  open: boolean;
  overdue: boolean;
}

export interface EscalationItem {
  problem: string;
  project: string;
  name: string;
  title: string;
  category: string;
  level: 'L1' | 'L2' | 'L3';
  to: 'L2' | 'L3';
  leaders: { id: string; name: string }[];   // L2: the routed leader (DS-6); L3: the main leaders
  territorial: string | null;
  territorialName: string | null;
  lastHandled: string | null;
  overdue: boolean;
  due: string | null;
}

export interface FindingRow {
  inspection: string;
  date: string;
  finding: string;
  target: string;
  targetName: string;
  issue: string;
  assignedTo: string | null;
  assigneeName: string | null;
  due: string | null;
  closedOn: string | null;
  evidence: string | null;
  state: 'closed' | 'closed-late' | 'open' | 'overdue';
  daysOverdue: number;
}

export interface ScoreRow {
  rank: number | null;
  unit: string;
  name: string;
  score: number | null;
  countdown: number | null;            // component ratios, %
  ledger: number | null;
  problems: number | null;
  inspection: number | null;
}

export interface Bulletin {
  kind: 'monthly';
  source: Provenance;
  year: number;
  month: string;
  monthNumber: number;
  overall: {
    projects: number;
    planned: number;
    invested: number;
    investedMonth: number;
    completion: number | null;
    timeProgress: number;
    lag: number | null;                // points behind time progress; negative = ahead
    lights: Record<Light, number>;
    thresholds: { yellow: number; red: number };   // kzp.yaml lights: points behind time progress
    starts: { planned: number; plannedToDate: number; started: number; early: number; notStarted: number; notStartedProjects: { project: string; name: string; plannedStart: string }[] };
    completions: { planned: number; plannedToDate: number; completed: number; completedProjects: { project: string; name: string; completedIn: string }[] };
    stages: Record<string, number>;
  };
  monthly: MonthPoint[];
  sectors: GroupRow[];
  leadUnits: GroupRow[];
  slowest: ProgressRow[];
  projects: ProgressRow[];
  countdown: {
    due: number; onTime: number; late: number; overdue: number; pending: number;
    tasks: TaskRow[];                  // due in the month
    carried: TaskRow[];                // due earlier in the year, still not done on the as-of date
  };
  ledgers: {
    month: string;
    due: string;
    times: 'git' | 'declared';
    expected: number; onTime: number; late: number; missing: number; pending: number; amended: number;
    rows: LedgerRow[];
    exceptions: LedgerRow[];           // late and missing, named
    byOwner: OwnerLedgers[];
  };
  problems: {
    raised: number; resolved: number; open: number; overdue: number;
    staleDays: number;                 // DS-5
    byCategory: CategoryRow[];
    raisedInMonth: ProblemRow[];
    resolvedInMonth: ProblemRow[];
    overdueList: ProblemRow[];
    escalations: EscalationItem[];     // the 提请调度清单 (DS-5), with the leader each goes to (DS-6)
  };
  inspections: {
    held: { id: string; date: string; findings: number }[];   // inspections of the year up to the as-of date
    total: number; closed: number; closedLate: number; open: number; overdue: number;
    closedInMonth: number;
    openList: FindingRow[];
    closedInMonthList: FindingRow[];
  };
  scores: { month: string; weights: Record<string, number>; groups: { group: PeerGroup; ranked: ScoreRow[]; unscored: { unit: string; name: string }[] }[] };
}

// ---- names from the model (data, not wording) ----
function unitName(m: Model, id: string | null | undefined): string | null { return id ? m.units.get(id)?.data.name ?? id : null; }
function personName(m: Model, id: string): string {
  const p = m.people.get(id)?.person;
  return p ? (p.title ? `${p.name}（${p.title}）` : p.name) : id;
}
function sectorName(m: Model, id: string): string { return m.config.sectors[id] ?? id; }

export function provenance(s: Snapshot): Provenance {
  return {
    district: s.model.config.district, center: unitName(s.model, s.model.config.center)!, asOf: s.asOf, commit: s.history.head ?? null,
    times: s.history.source, timesReason: s.history.source === 'declared' ? s.history.reason ?? null : null,
  };
}

function progressRow(s: Snapshot, r: StatusRow, target: string | undefined): ProgressRow {
  const m = s.model;
  return {
    project: r.project, name: r.name, sector: r.sector, sectorName: sectorName(m, r.sector), owner: r.owner, ownerName: unitName(m, r.owner)!,
    leadUnit: r.leadUnit, leadUnitName: unitName(m, r.leadUnit), stage: r.stage, planned: r.planned, invested: r.invested, investedMonth: r.invested_month,
    completion: r.completion, lag: r.lag, light: r.light, target: target ?? null, openProblems: r.openProblems,
  };
}

function group(s: Snapshot, rows: ProgressRow[], keyOf: (r: ProgressRow) => string | null, nameOf: (k: string) => string, order: string[] | null, timeProgress: number): GroupRow[] {
  const by = new Map<string, ProgressRow[]>();
  for (const r of rows) {
    const k = keyOf(r) ?? '';
    by.set(k, [...(by.get(k) ?? []), r]);
  }
  const out: GroupRow[] = [];
  for (const [key, rs] of by) {
    const planned = r2(rs.reduce((a, r) => a + r.planned, 0));
    const invested = r2(rs.reduce((a, r) => a + r.invested, 0));
    const completion = rate(invested, planned);
    const lag = completion === null ? null : r1(timeProgress - completion);
    const lights = { green: 0, yellow: 0, red: 0 } as Record<Light, number>;
    for (const r of rs) lights[r.light]++;
    out.push({ key, name: key ? nameOf(key) : '—', projects: rs.length, planned, invested, completion, lag, light: lightFor(lag, s.model), lights, rank: null });
  }
  const ranked = out.filter((g) => g.completion !== null).sort((a, b) => b.completion! - a.completion! || natural(a.key, b.key));
  ranked.forEach((g, i) => { g.rank = i > 0 && ranked[i - 1].completion === g.completion ? ranked[i - 1].rank : i + 1; });
  if (order) return out.sort((a, b) => idx(order, a.key) - idx(order, b.key) || natural(a.key, b.key));
  return out.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || natural(a.key, b.key));
}
function idx(order: string[], k: string): number { const i = order.indexOf(k); return i < 0 ? 1e9 : i; }

/** The monthly bulletin for `month` (YYYY-MM) as known on the snapshot's as-of date. */
export function bulletin(s: Snapshot, month: string): Bulletin {
  const m = s.model;
  const st = status(s, { month });
  const year = st.year;
  const monthNumber = Number(month.slice(5, 7));
  const plan = annualPlan(m, year);
  const targets = new Map(plan.map((p) => [p.project, p.target]));
  const projects = st.rows.map((r) => progressRow(s, r, targets.get(r.project)));

  // 总体情况: starts and completions against the planned start/end months (FACTS.md wording)
  const starts = { planned: 0, plannedToDate: 0, started: 0, early: 0, notStarted: 0, notStartedProjects: [] as { project: string; name: string; plannedStart: string }[] };
  const completions = { planned: 0, plannedToDate: 0, completed: 0, completedProjects: [] as { project: string; name: string; completedIn: string }[] };
  const stages: Record<string, number> = {};
  for (const r of st.rows) {
    stages[r.stage] = (stages[r.stage] ?? 0) + 1;
    const startedBy = r.startedIn !== null && r.startedIn <= month;
    if (r.plannedStart && r.plannedStart.startsWith(`${year}-`)) {
      starts.planned++;
      if (r.plannedStart <= month) {
        starts.plannedToDate++;
        if (startedBy) starts.started++;
        else { starts.notStarted++; starts.notStartedProjects.push({ project: r.project, name: r.name, plannedStart: r.plannedStart }); }
      }
    }
    if (r.plannedStart && r.plannedStart > month && startedBy) starts.early++;
    const p = m.projects.get(r.project)!.data;
    if (p.end && p.end.startsWith(`${year}-`)) {
      completions.planned++;
      if (p.end <= month) completions.plannedToDate++;
    }
    if (r.completedIn !== null && r.completedIn.startsWith(`${year}-`) && r.completedIn <= month) {
      completions.completed++;
      completions.completedProjects.push({ project: r.project, name: r.name, completedIn: r.completedIn });
    }
  }

  // cumulative investment month by month against the planned line (time progress × plan)
  const monthly: MonthPoint[] = [];
  let cum = 0;
  for (const mo of monthsBetween(`${year}-01`, month)) {
    let inv = 0;
    for (const { project } of plan) inv += s.known.get(project)?.get(mo)?.data.progress.invested ?? 0;
    cum += inv;
    const tp = r1((Number(mo.slice(5, 7)) / 12) * 100);
    monthly.push({ month: mo, invested: r2(inv), cumulative: r2(cum), completion: rate(cum, st.totals.planned), timeProgress: tp, planCumulative: r2((st.totals.planned * Number(mo.slice(5, 7))) / 12) });
  }

  const sectorOrder = Object.keys(m.config.sectors);
  const sectors = group(s, projects, (r) => r.sector, (k) => sectorName(m, k), sectorOrder, st.timeProgress);
  const leadUnits = group(s, projects, (r) => r.leadUnit, (k) => unitName(m, k)!, null, st.timeProgress);
  const slowest = projects.filter((r) => r.lag !== null && r.lag > 0)
    .sort((a, b) => b.lag! - a.lag! || b.planned - a.planned || natural(a.project, b.project)).slice(0, 5);

  // 倒计时任务 (LS-5): tasks due in the month, and earlier ones still outstanding
  const countdown = { due: 0, onTime: 0, late: 0, overdue: 0, pending: 0, tasks: [] as TaskRow[], carried: [] as TaskRow[] };
  for (const { project } of plan) {
    const p = m.projects.get(project)!.data;
    for (const t of countdownTasks(s, project, String(year))) {
      const state: TaskRow['state'] = t.doneOn ? (t.doneOn <= t.due ? 'on-time' : 'late') : s.asOf > t.due ? 'overdue' : 'pending';
      const row: TaskRow = {
        project, name: p.name, owner: p.owner, ownerName: unitName(m, p.owner)!, task: t.id, title: t.task, due: t.due, doneOn: t.doneOn, state,
        daysLate: state === 'late' ? daysBetween(t.due, t.doneOn!) : state === 'overdue' ? daysBetween(t.due, s.asOf) : 0,
      };
      if (monthOf(t.due) === month) {
        countdown.tasks.push(row);
        countdown.due++;
        if (state === 'on-time') countdown.onTime++; else if (state === 'late') countdown.late++; else if (state === 'overdue') countdown.overdue++; else countdown.pending++;
      } else if (monthOf(t.due) < month && state === 'overdue') countdown.carried.push(row);
    }
  }
  const byDue = (a: TaskRow, b: TaskRow) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || natural(a.project, b.project) || natural(a.task, b.task);
  countdown.tasks.sort(byDue); countdown.carried.sort(byDue);

  // 台账报送 (LS-4, HI-1, HI-2): every project that owes the month's ledger
  const ledgerDue = ledgerDueDate(month, m.config.ledger.grace_days);
  const ledgerRows: LedgerRow[] = [];
  for (const [id, p] of m.projects) {
    if (!dutyMonths(m, id).has(month)) continue;
    const l = s.known.get(id)?.get(month);
    const base = { project: id, name: p.data.name, owner: p.data.owner, ownerName: unitName(m, p.data.owner)! };
    if (!l) { ledgerRows.push({ ...base, state: s.asOf > ledgerDue ? 'missing' : 'pending', when: null, source: null, lateDays: 0, amended: 0, reporter: null }); continue; }
    const sub = s.submissions.get(l)!;
    ledgerRows.push({ ...base, state: sub.late ? 'late' : 'on-time', when: sub.when, source: sub.source, lateDays: sub.lateDays, amended: sub.amendments.length, reporter: l.data.reporter ? personName(m, l.data.reporter) : null });
  }
  ledgerRows.sort((a, b) => natural(a.owner, b.owner) || natural(a.project, b.project));
  const owners = new Map<string, OwnerLedgers>();
  for (const r of ledgerRows) {
    const o = owners.get(r.owner) ?? { owner: r.owner, ownerName: r.ownerName, expected: 0, onTime: 0, late: 0, missing: 0, pending: 0 };
    o.expected++;
    if (r.state === 'on-time') o.onTime++; else if (r.state === 'late') o.late++; else if (r.state === 'missing') o.missing++; else o.pending++;
    owners.set(r.owner, o);
  }
  const count = (k: LedgerRow['state']) => ledgerRows.filter((r) => r.state === k).length;

  // 问题事项 (问题台账; DS-3..6)
  const catOrder = ['funding', 'land', 'construction-environment', 'approval', 'design', 'other'];
  const cats = new Map<string, CategoryRow>(catOrder.map((c) => [c, { category: c, raised: 0, resolved: 0, open: 0, overdue: 0 }]));
  const raisedInMonth: ProblemRow[] = [], resolvedInMonth: ProblemRow[] = [], overdueList: ProblemRow[] = [];
  for (const ps of s.problems.values()) {
    const c = cats.get(ps.problem.category) ?? { category: ps.problem.category, raised: 0, resolved: 0, open: 0, overdue: 0 };
    cats.set(ps.problem.category, c);
    const overdue = ps.open && !!ps.due && s.asOf > ps.due;
    const row: ProblemRow = {
      problem: ps.key, project: ps.project, name: m.projects.get(ps.project)?.data.name ?? ps.project, title: ps.problem.title, category: ps.problem.category,
      raisedOn: ps.raisedOn, due: ps.due, resolvedOn: ps.resolvedOn, open: ps.open, overdue,
    };
    if (monthOf(ps.raisedOn) === month) { c.raised++; raisedInMonth.push(row); }
    if (!ps.open && ps.resolvedOn && monthOf(ps.resolvedOn) === month) { c.resolved++; resolvedInMonth.push(row); }
    if (ps.open) c.open++;
    if (overdue) { c.overdue++; overdueList.push(row); }
  }
  const byKey = (a: ProblemRow, b: ProblemRow) => natural(a.project, b.project) || natural(a.problem, b.problem);
  raisedInMonth.sort(byKey); resolvedInMonth.sort(byKey); overdueList.sort(byKey);
  const byCategory = [...cats.values()];
  const sum = (k: keyof Omit<CategoryRow, 'category'>) => byCategory.reduce((a, c) => a + c[k], 0);
  const mainLeaders = [...m.people.values()].filter((x) => x.person.leader_roles?.includes('main')).map((x) => x.person.id).sort();
  const escalationList: EscalationItem[] = escalations(s, { dueOnly: true }).map((e) => {
    const to = e.eligibleFor!;
    const leaders = (to === 'L3' ? mainLeaders : e.routeTo ? [e.routeTo] : []).map((id) => ({ id, name: personName(m, id) }));
    return {
      problem: e.problem, project: e.project, name: m.projects.get(e.project)?.data.name ?? e.project, title: e.title, category: e.category,
      level: e.level, to, leaders, territorial: e.territorial, territorialName: unitName(m, e.territorial), lastHandled: e.lastHandled, overdue: e.overdue, due: e.problemDue,
    };
  });

  // 督查整改 (AS-5): findings of the year's inspections, and older ones still open
  const held: { id: string; date: string; findings: number }[] = [];
  const findings: FindingRow[] = [];
  for (const ins of m.inspections) {
    const d = ins.data;
    if (d.date > s.asOf) continue;
    const ofYear = d.date.startsWith(`${year}-`) || d.date > `${year}-12-31`;
    if (ofYear) held.push({ id: d.id, date: d.date, findings: d.findings.length });
    for (const f of d.findings) {
      const closedOn = f.closed_on && f.closed_on <= s.asOf ? f.closed_on : null;
      if (!ofYear && closedOn) continue;
      const state: FindingRow['state'] = closedOn ? (f.due && closedOn > f.due ? 'closed-late' : 'closed') : f.due && s.asOf > f.due ? 'overdue' : 'open';
      findings.push({
        inspection: d.id, date: d.date, finding: f.id, target: f.target, targetName: m.projects.get(f.target)?.data.name ?? unitName(m, f.target)!,
        issue: f.issue, assignedTo: f.assigned_to ?? null, assigneeName: unitName(m, f.assigned_to), due: f.due ?? null, closedOn, evidence: closedOn ? f.evidence ?? null : null,
        state, daysOverdue: state === 'overdue' ? daysBetween(f.due!, s.asOf) : 0,
      });
    }
  }
  const fcount = (...k: FindingRow['state'][]) => findings.filter((f) => k.includes(f.state)).length;
  const closedInMonthList = findings.filter((f) => f.closedOn && monthOf(f.closedOn) === month);

  // 单位考核 (AS-6): the month's scores in peer groups
  const sc = score(s, { kind: 'month', id: month });
  const pctOf = (x: number | null) => (x === null ? null : r1(x * 100));
  const scores = {
    month, weights: sc.weights,
    groups: PEER_GROUPS.map((g) => {
      const us = sc.units.filter((u) => u.group === g);
      return {
        group: g,
        ranked: us.filter((u) => u.score !== null).map((u) => ({
          rank: u.rank, unit: u.unit, name: u.name, score: u.score,
          countdown: pctOf(u.components.countdown.ratio), ledger: pctOf(u.components.ledger.ratio), problems: pctOf(u.components.problems.ratio), inspection: pctOf(u.components.inspection.ratio),
        })),
        unscored: us.filter((u) => u.score === null).map((u) => ({ unit: u.unit, name: u.name })),
      };
    }).filter((g) => g.ranked.length || g.unscored.length),
  };

  return {
    kind: 'monthly', source: provenance(s), year, month, monthNumber,
    overall: {
      projects: st.totals.projects, planned: st.totals.planned, invested: st.totals.invested,
      investedMonth: r2(st.rows.reduce((a, r) => a + r.invested_month, 0)), completion: st.totals.completion,
      timeProgress: st.timeProgress, lag: st.totals.lag, lights: st.totals.lights, thresholds: { ...m.config.lights }, starts, completions, stages,
    },
    monthly, sectors, leadUnits, slowest, projects,
    countdown,
    ledgers: {
      month, due: ledgerDue, times: s.history.source, expected: ledgerRows.length, onTime: count('on-time'), late: count('late'), missing: count('missing'), pending: count('pending'),
      amended: ledgerRows.filter((r) => r.amended > 0).length, rows: ledgerRows, exceptions: ledgerRows.filter((r) => r.state === 'late' || r.state === 'missing'), byOwner: [...owners.values()],
    },
    problems: {
      raised: sum('raised'), resolved: sum('resolved'), open: sum('open'), overdue: sum('overdue'), staleDays: m.config.escalation.stale_days, byCategory,
      raisedInMonth, resolvedInMonth, overdueList, escalations: escalationList,
    },
    inspections: {
      held, total: findings.length, closed: fcount('closed', 'closed-late'), closedLate: fcount('closed-late'), open: fcount('open', 'overdue'), overdue: fcount('overdue'),
      closedInMonth: closedInMonthList.length, openList: findings.filter((f) => f.state === 'open' || f.state === 'overdue'), closedInMonthList,
    },
    scores,
  };
}

// ---- AS-4: the 督查通报 of one inspection ----

export interface InspectionBulletin {
  kind: 'inspection';
  source: Provenance;
  id: string;
  date: string;
  organizers: { id: string; name: string }[];
  observers: { id: string; name: string }[];
  methods: string[];
  targets: { id: string; name: string; kind: 'project' | 'unit' | 'unknown' }[];
  sampling: { seed: number; population: number; size: number; list: string | null; of: string | null } | null;
  note: string | null;
  counts: { findings: number; closed: number; closedLate: number; open: number; overdue: number };
  byTarget: { target: string; name: string; kind: 'project' | 'unit' | 'unknown'; findings: FindingRow[] }[];
}

export function inspectionBulletin(s: Snapshot, id: string): InspectionBulletin | null {
  const m = s.model;
  const rec = m.inspections.find((i) => i.data.id === id);
  if (!rec) return null;
  const d = rec.data;
  const kindOf = (x: string): 'project' | 'unit' | 'unknown' => (m.projects.has(x) ? 'project' : m.units.has(x) ? 'unit' : 'unknown');
  const nameOf = (x: string) => m.projects.get(x)?.data.name ?? unitName(m, x)!;
  const rows: FindingRow[] = d.findings.map((f) => {
    const closedOn = f.closed_on && f.closed_on <= s.asOf ? f.closed_on : null;
    const state: FindingRow['state'] = closedOn ? (f.due && closedOn > f.due ? 'closed-late' : 'closed') : f.due && s.asOf > f.due ? 'overdue' : 'open';
    return {
      inspection: d.id, date: d.date, finding: f.id, target: f.target, targetName: nameOf(f.target), issue: f.issue, assignedTo: f.assigned_to ?? null,
      assigneeName: unitName(m, f.assigned_to), due: f.due ?? null, closedOn, evidence: closedOn ? f.evidence ?? null : null, state,
      daysOverdue: state === 'overdue' ? daysBetween(f.due!, s.asOf) : 0,
    };
  });
  const order = [...d.targets, ...rows.map((r) => r.target).filter((t) => !d.targets.includes(t))];
  const byTarget = [...new Set(order)].map((t) => ({ target: t, name: nameOf(t), kind: kindOf(t), findings: rows.filter((r) => r.target === t) }));
  const c = (...k: FindingRow['state'][]) => rows.filter((r) => k.includes(r.state)).length;
  return {
    kind: 'inspection', source: provenance(s), id: d.id, date: d.date,
    organizers: d.organizers.map((u) => ({ id: u, name: unitName(m, u)! })),
    observers: (d.observers ?? []).map((u) => ({ id: u, name: unitName(m, u)! })),
    methods: [...d.methods],
    targets: d.targets.map((t) => ({ id: t, name: nameOf(t), kind: kindOf(t) })),
    sampling: d.sampling ? { seed: d.sampling.seed, population: d.sampling.population, size: d.sampling.size, list: d.sampling.list ?? null, of: d.sampling.of ?? null } : null,
    note: d.note ?? null,
    counts: { findings: rows.length, closed: c('closed', 'closed-late'), closedLate: c('closed-late'), open: c('open', 'overdue'), overdue: c('overdue') },
    byTarget,
  };
}
