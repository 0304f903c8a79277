// The site as data: what every page of `kzp site` shows, computed once from the snapshot with
// the engine's own functions (status through the bulletin, overdue, escalations, score). Pure:
// no I/O, no clock. The pages (./pages/) only lay this out.
import {
  annualPlan, bulletin, countdownTasks, dutyMonths, findingRow, handlingsOf, lastCompleteMonth, lastDueMonth, ledgerDueDate, monthsBetween, natural, overdue, provenance,
  type Bulletin, type FindingRow, type Level, type OverdueItem, type ProblemState, type Provenance, type Snapshot,
} from '../engine/index.js';
import { unitsModel, type SiteUnit } from './units.js';

export interface ProjectRef { id: string; name: string }
export interface Stamp extends Provenance { month: string }

export interface LedgerMonth {
  month: string;
  invested: number;
  /** invested this year through the month (with the year's opening amount) */
  cumulative: number;
  /** the year's planned investment spread evenly over its months, through this month; null when not in that year's plan */
  planCumulative: number | null;
  stage: string | null;
  physical: string | null;
  percent: number | null;
}

export interface SubmissionRow {
  month: string;
  due: string;
  state: 'on-time' | 'late' | 'missing';
  when: string | null;
  source: 'git' | 'declared' | 'unknown' | null;
  lateDays: number;
  amended: number;
  reporter: string | null;
}

export type StepKind = 'raised' | Level | 'resolved';
export interface ProblemStep { kind: StepKind; date: string; who: string | null; outcome: 'resolved' | 'unresolved' | null; dispatch: string | null }
export interface SiteProblem { key: string; id: string; title: string; category: string; raisedOn: string; due: string | null; open: boolean; overdue: boolean; resolvedOn: string | null; steps: ProblemStep[] }

export interface SiteProject {
  id: string; name: string; sector: string; sectorName: string; nature: string; stage: string;
  owner: string; leadUnit: string | null; leadLeader: string | null; liaison: string | null; location: string | null;
  total: number; start: string | null; end: string | null;
  lists: { id: string; kind: string; period: string; decided: string | null; planned: number | null; target: string | null }[];
  /** this year's row of the annual plan against time progress, when the project is in it */
  progress: Bulletin['projects'][number] | null;
  months: LedgerMonth[];
  submissions: SubmissionRow[];
  problems: SiteProblem[];
  countdown: { year: string; tasks: { id: string; task: string; due: string; doneOn: string | null; state: 'done' | 'done-late' | 'overdue' | 'pending' }[] }[];
  findings: FindingRow[];
  overdue: OverdueItem[];
}

export interface SiteModel {
  stamp: Stamp;
  /** the reporting month's bulletin; null when its year has no annual plan */
  bulletin: Bulletin | null;
  overdue: OverdueItem[];
  projects: SiteProject[];
  units: SiteUnit[];
  /** months with a monthly bulletin (an annual plan for their year), oldest first */
  months: string[];
  inspections: { id: string; date: string; findings: number }[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;
function push<T>(map: Map<string, T[]>, k: string, v: T): void {
  const a = map.get(k);
  if (a) a.push(v); else map.set(k, [v]);
}

/** Everything the site shows, as known on the snapshot's as-of date. */
export function siteModel(s: Snapshot): SiteModel {
  const m = s.model;
  const month = lastCompleteMonth(s.asOf);
  const hasPlan = (mo: string) => annualPlan(m, Number(mo.slice(0, 4))).length > 0;
  const b = month >= m.config.since && hasPlan(month) ? bulletin(s, month) : null;
  const items = overdue(s);
  const byProject = new Map<string, OverdueItem[]>();
  for (const i of items) if (i.project) push(byProject, i.project, i);
  const findings = new Map<string, FindingRow[]>();
  for (const ins of m.inspections) {
    if (ins.data.date > s.asOf) continue;
    for (const f of ins.data.findings) push(findings, f.target, findingRow(s, ins.data, f));
  }
  const progress = new Map((b?.projects ?? []).map((r) => [r.project, r]));
  // each year's annual plan once, by project (annualPlan sorts the whole plan on every call)
  const plans = new Map<number, Map<string, { planned: number; opening: number }>>();
  const planOf = (year: number, id: string) => {
    let p = plans.get(year);
    if (!p) plans.set(year, (p = new Map(annualPlan(m, year).map((x) => [x.project, x]))));
    return p.get(id) ?? null;
  };
  const projects = [...m.projects.keys()].sort(natural).map((id) => projectModel(s, id, progress.get(id) ?? null, byProject.get(id) ?? [], findings.get(id) ?? [], planOf));
  const months = month >= m.config.since ? monthsBetween(m.config.since, month).filter(hasPlan) : [];
  return {
    stamp: { ...provenance(s), month },
    bulletin: b, overdue: items, projects,
    units: unitsModel(s, month, items, findings),
    months,
    inspections: m.inspections.filter((i) => i.data.date <= s.asOf).map((i) => ({ id: i.data.id, date: i.data.date, findings: i.data.findings.length })),
  };
}

type PlanOf = (year: number, project: string) => { planned: number; opening: number } | null;

function projectModel(s: Snapshot, id: string, progress: SiteProject['progress'], items: OverdueItem[], findings: FindingRow[], planOf: PlanOf): SiteProject {
  const m = s.model;
  const p = m.projects.get(id)!.data;
  const lists = (m.membership.get(id) ?? []).map(({ list, entry }) => ({
    id: list.data.id, kind: list.data.kind, period: String(list.data.period), decided: list.data.decided_on ?? null,
    planned: entry.planned_investment ?? null, target: entry.target ?? null,
  }));
  return {
    id, name: p.name, sector: p.sector, sectorName: m.config.sectors[p.sector] ?? p.sector, nature: p.nature, stage: progress?.stage ?? p.stage,
    owner: p.owner, leadUnit: p.lead_unit ?? null, leadLeader: p.lead_leader ?? null, liaison: p.liaison ?? null, location: p.location ?? null,
    total: p.total_investment, start: p.start ?? null, end: p.end ?? null, lists, progress,
    months: ledgerMonths(s, id, planOf), submissions: submissions(s, id), problems: problems(s, id),
    countdown: Object.keys(p.countdown ?? {}).sort().map((year) => ({
      year,
      tasks: countdownTasks(s, id, year).map((t) => ({ id: t.id, task: t.task, due: t.due, doneOn: t.doneOn, state: t.doneOn ? (t.doneOn > t.due ? 'done-late' as const : 'done' as const) : t.due < s.asOf ? 'overdue' as const : 'pending' as const })),
    })),
    findings, overdue: items,
  };
}

/** The known ledgers month by month, with the year's cumulative investment against its plan. */
function ledgerMonths(s: Snapshot, id: string, planOf: PlanOf): LedgerMonth[] {
  const known = [...(s.known.get(id) ?? new Map()).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const out: LedgerMonth[] = [];
  let year = 0, cum = 0;
  for (const [mo, l] of known) {
    const y = Number(mo.slice(0, 4));
    const plan = planOf(y, id);
    if (y !== year) { year = y; cum = plan?.opening ?? 0; }
    const pr = l.data.progress;
    cum += pr.invested;
    out.push({
      month: mo, invested: pr.invested, cumulative: r2(cum), planCumulative: plan ? r2((plan.planned * Number(mo.slice(5, 7))) / 12) : null,
      stage: pr.stage ?? null, physical: pr.physical ?? null, percent: pr.percent ?? null,
    });
  }
  return out;
}

/** Every month the project owed a ledger, due by the as-of date: on time, late or missing (from git or the declared dates). */
function submissions(s: Snapshot, id: string): SubmissionRow[] {
  const m = s.model;
  const grace = m.config.ledger.grace_days;
  const last = lastDueMonth(s.asOf, grace);
  const known = s.known.get(id) ?? new Map();
  const months = new Set([...dutyMonths(m, id)].filter((mo) => mo <= last));
  for (const mo of known.keys()) months.add(mo);
  return [...months].sort().map((mo): SubmissionRow => {
    const l = known.get(mo);
    const due = ledgerDueDate(mo, grace);
    if (!l) return { month: mo, due, state: 'missing', when: null, source: null, lateDays: 0, amended: 0, reporter: null };
    const sub = s.submissions.get(l)!;
    return { month: mo, due, state: sub.late ? 'late' : 'on-time', when: sub.when, source: sub.source, lateDays: sub.lateDays, amended: sub.amendments.length, reporter: l.data.reporter ?? null };
  });
}

/** The project's problems, each with its way up: raised, every dispatch that handled it, resolved. */
const problemIndex = new WeakMap<Snapshot, Map<string, ProblemState[]>>();
function problems(s: Snapshot, id: string): SiteProblem[] {
  const m = s.model;
  let index = problemIndex.get(s);
  if (!index) {
    index = new Map();
    for (const ps of s.problems.values()) push(index, ps.project, ps);
    problemIndex.set(s, index);
  }
  const out: SiteProblem[] = [];
  for (const ps of index.get(id) ?? []) {
    const first = ps.timeline.entries[0].ledger.data;
    const steps: ProblemStep[] = [{ kind: 'raised', date: ps.raisedOn, who: first.reporter ?? m.projects.get(id)!.data.owner, outcome: null, dispatch: null }];
    for (const h of handlingsOf(m, ps.key)) {
      if (h.date > s.asOf) continue;
      steps.push({ kind: h.level, date: h.date, who: h.dispatch.data.convener, outcome: h.outcome, dispatch: h.dispatch.data.id });
    }
    if (!ps.open && ps.resolvedOn) steps.push({ kind: 'resolved', date: ps.resolvedOn, who: null, outcome: null, dispatch: null });
    out.push({
      key: ps.key, id: ps.id, title: ps.problem.title, category: ps.problem.category, raisedOn: ps.raisedOn, due: ps.due,
      open: ps.open, overdue: ps.open && !!ps.due && s.asOf > ps.due, resolvedOn: ps.resolvedOn, steps,
    });
  }
  return out.sort((a, b) => natural(a.id, b.id));
}
