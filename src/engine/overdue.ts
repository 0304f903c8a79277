// `kzp overdue`: every overdue item on the as-of date (CLI.md "JSON of the computations").
// One function per kind; each item names the rule of RULES.md it comes from. Pure.
import { isDecided, listYears, type Model } from '../model/index.js';
import { escalationState, handlingsOf } from './escalation.js';
import { addMonths, daysBetween, monthEnd, monthOf, monthsBetween, quarterEnd, quarterMonths, quarterOf, yearOf } from './dates.js';
import { dutyMonths, lastDueMonth, type Snapshot } from './snapshot.js';

export type OverdueKind = 'ledger-missing' | 'ledger-late' | 'countdown' | 'problem' | 'finding' | 'review-cadence' | 'dispatch-cadence' | 'main-dispatch-cadence' | 'inspection-cadence' | 'list-decision' | 'budget-step';
export const OVERDUE_KINDS: OverdueKind[] = ['ledger-missing', 'ledger-late', 'countdown', 'problem', 'finding', 'review-cadence', 'dispatch-cadence', 'main-dispatch-cadence', 'inspection-cadence', 'list-decision', 'budget-step'];

export interface OverdueItem {
  kind: OverdueKind;
  rule: string;
  due: string;
  daysOverdue: number;
  project?: string;
  unit?: string;
  person?: string;
  ref?: string;
  /** facts a renderer may word; `message` is filled by the caller in the user's language */
  facts: Record<string, string | number | boolean | null>;
}

export interface OverdueFilter { unit?: string; project?: string; kind?: OverdueKind }

export function overdue(s: Snapshot, filter: OverdueFilter = {}): OverdueItem[] {
  const items = [
    ...ledgers(s), ...countdown(s), ...problems(s), ...findings(s), ...reviewCadence(s), ...dispatchCadence(s),
    ...mainDispatchCadence(s), ...inspectionCadence(s), ...listDecisions(s), ...budgetSteps(s),
  ].filter((i) => (!filter.kind || i.kind === filter.kind) && (!filter.project || i.project === filter.project) && (!filter.unit || i.unit === filter.unit));
  return items.sort(compareItems);
}

export function compareItems(a: OverdueItem, b: OverdueItem): number {
  return cmp(a.due, b.due) || cmp(a.kind, b.kind) || cmp(a.project ?? '', b.project ?? '') || cmp(a.unit ?? '', b.unit ?? '') || cmp(a.person ?? '', b.person ?? '') || natural(a.ref ?? '', b.ref ?? '');
}
function cmp(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }
// one collator for every comparison: localeCompare builds one per call (70 ms of overdue on M)
const NATURAL = new Intl.Collator('en', { numeric: true });
export function natural(a: string, b: string): number { return NATURAL.compare(a, b); }

/** The first month of duty: `since`. */
function since(m: Model): string { return m.config.since; }

// LS-4: missing and late ledgers
function ledgers(s: Snapshot): OverdueItem[] {
  const m = s.model;
  const out: OverdueItem[] = [];
  const upTo = lastDueMonth(s.asOf, m.config.ledger.grace_days);
  for (const [id, p] of m.projects) {
    const months = [...dutyMonths(m, id)].filter((mo) => mo <= upTo).sort();
    const known = s.known.get(id);
    for (const mo of months) {
      const l = known?.get(mo);
      if (!l) {
        const due = monthEnd(mo);
        out.push({ kind: 'ledger-missing', rule: 'LS-4', due, daysOverdue: daysBetween(due, s.asOf), project: id, unit: p.data.owner, ref: mo, facts: { month: mo, name: p.data.name } });
        continue;
      }
      const sub = s.submissions.get(l)!;
      if (sub.late) out.push({ kind: 'ledger-late', rule: 'LS-4', due: monthEnd(mo), daysOverdue: sub.lateDays, project: id, unit: p.data.owner, ref: mo, facts: { month: mo, name: p.data.name, arrived: sub.when, source: sub.source } });
    }
  }
  return out;
}

/**
 * LS-5: the tasks a project's countdown plan holds, with the date each was reported done (by the
 * as-of date). A ledger reports tasks of its own year's plan (REF checks it there), and task ids
 * repeat across years, so only the year's ledgers count: C1 done in 2022 is not 2023's C1.
 */
export function countdownTasks(s: Snapshot, project: string, year: string): { id: string; task: string; due: string; doneOn: string | null; month: string | null }[] {
  const p = s.model.projects.get(project)?.data;
  const plan = p?.countdown?.[year] ?? [];
  const done = new Map<string, { doneOn: string; month: string }>();
  for (const [mo, l] of s.known.get(project) ?? []) {
    if (!mo.startsWith(`${year}-`)) continue;
    for (const c of l.data.countdown) {
      if (c.done_on > s.asOf) continue;
      const prev = done.get(c.task);
      if (!prev || c.done_on < prev.doneOn) done.set(c.task, { doneOn: c.done_on, month: mo });
    }
  }
  return plan.map((t) => ({ id: t.id, task: t.task, due: t.due, doneOn: done.get(t.id)?.doneOn ?? null, month: done.get(t.id)?.month ?? null }));
}

/** Projects on a decided annual list for the year (the annual plan, 年度建设计划). */
/**
 * The decided annual plan of a year: each project once, with its planned investment and, in the
 * year of `since`, what it had invested that year before tracking began (`invested_before_since`,
 * counted in its completion: a project tracked from November is not 13% done).
 */
export function annualPlan(m: Model, year: number): { project: string; planned: number; opening: number; target?: string; list: string }[] {
  const out: { project: string; planned: number; opening: number; target?: string; list: string }[] = [];
  const sinceYear = Number(m.config.since.slice(0, 4));
  const seen = new Set<string>();
  for (const list of m.lists.values()) {
    const l = list.data;
    if (l.kind !== 'annual' || !isDecided(l) || listYears(l)[0] !== year) continue;
    for (const e of l.projects) {
      if (seen.has(e.project) || !m.projects.has(e.project)) continue;
      seen.add(e.project);
      out.push({ project: e.project, planned: e.planned_investment ?? 0, opening: year === sinceYear ? e.invested_before_since ?? 0 : 0, target: e.target, list: l.id });
    }
  }
  return out.sort((a, b) => natural(a.project, b.project));
}

// LS-5: countdown tasks not reported done by their due date
function countdown(s: Snapshot): OverdueItem[] {
  const m = s.model;
  const out: OverdueItem[] = [];
  const first = yearOf(since(m) + '-01');
  for (let y = first; y <= yearOf(s.asOf); y++) {
    for (const { project } of annualPlan(m, y)) {
      const p = m.projects.get(project)!.data;
      for (const t of countdownTasks(s, project, String(y))) {
        if (t.due < `${since(m)}-01`) continue;
        if (t.doneOn || !(s.asOf > t.due)) continue;
        out.push({ kind: 'countdown', rule: 'LS-5', due: t.due, daysOverdue: daysBetween(t.due, s.asOf), project, unit: p.owner, ref: t.id, facts: { task: t.task, name: p.name } });
      }
    }
  }
  return out;
}

// DS-5 (second sentence): open problems past their own due date
function problems(s: Snapshot): OverdueItem[] {
  const out: OverdueItem[] = [];
  for (const ps of s.problems.values()) {
    if (!ps.open || !ps.due || !(s.asOf > ps.due)) continue;
    const p = s.model.projects.get(ps.project)?.data;
    const st = escalationState(handlingsOf(s.model, ps.key), s.asOf);
    out.push({ kind: 'problem', rule: 'DS-5', due: ps.due, daysOverdue: daysBetween(ps.due, s.asOf), project: ps.project, unit: p?.owner, ref: ps.key, facts: { title: ps.problem.title, category: ps.problem.category, level: st.level } });
  }
  return out;
}

// AS-5: inspection findings open past their due date
function findings(s: Snapshot): OverdueItem[] {
  const out: OverdueItem[] = [];
  for (const ins of s.model.inspections) {
    if (ins.data.date > s.asOf) continue;
    for (const f of ins.data.findings) {
      if (!f.due || !(s.asOf > f.due)) continue;
      if (f.closed_on && f.closed_on <= s.asOf) continue;
      const project = s.model.projects.has(f.target) ? f.target : undefined;
      out.push({ kind: 'finding', rule: 'AS-5', due: f.due, daysOverdue: daysBetween(f.due, s.asOf), project, unit: f.assigned_to, ref: `${ins.data.id}/${f.id}`, facts: { issue: f.issue, target: f.target } });
    }
  }
  return out;
}

/** Complete months from `since` to the last one that ended before the as-of date. */
export function completeMonths(m: Model, asOf: string): string[] {
  const last = addMonths(monthOf(asOf), -1);
  return last < since(m) ? [] : monthsBetween(since(m), last);
}
/** Complete quarters from the quarter of `since` (whole quarters only) to the last one that ended before the as-of date. */
export function completeQuarters(m: Model, asOf: string): string[] {
  const out: string[] = [];
  let q = quarterOf(since(m));
  if (quarterMonths(q)[0] < since(m)) q = quarterOf(addMonths(quarterMonths(q)[2], 1));
  while (quarterEnd(q) < asOf) {
    out.push(q);
    q = quarterOf(addMonths(quarterMonths(q)[2], 1));
  }
  return out;
}

// RV-4: a month without a joint review
function reviewCadence(s: Snapshot): OverdueItem[] {
  const m = s.model;
  const months = new Set(m.reviews.map((r) => monthOf(r.data.date)));
  return completeMonths(m, s.asOf).filter((mo) => !months.has(mo)).map((mo) => ({
    kind: 'review-cadence', rule: 'RV-4', due: monthEnd(mo), daysOverdue: daysBetween(monthEnd(mo), s.asOf), unit: m.config.center, ref: mo, facts: { month: mo },
  }));
}

// DS-1: a lead leader with listed projects and, in a month, no dispatch of their own lead
// projects ("每月专题调度1次牵头项目推进情况": a leader dispatch listing at least one project
// they lead; a dispatch of others' projects only is not that)
function dispatchCadence(s: Snapshot): OverdueItem[] {
  const m = s.model;
  const out: OverdueItem[] = [];
  const held = new Set<string>();
  for (const d of m.dispatches)
    if (d.data.level === 'leader' && d.data.projects.some((p) => m.projects.get(p)?.data.lead_leader === d.data.convener))
      held.add(`${d.data.convener}|${monthOf(d.data.date)}`);
  const months = completeMonths(m, s.asOf);
  const leaders = new Map<string, Set<string>>(); // leader -> months with a listed project
  for (const [id, p] of m.projects) {
    const lead = p.data.lead_leader;
    if (!lead || !m.people.get(lead)?.person.leader_roles?.includes('lead')) continue;
    const duty = listedMonths(m, id);
    const set = leaders.get(lead) ?? new Set<string>();
    for (const mo of months) if (duty.has(mo)) set.add(mo);
    leaders.set(lead, set);
  }
  for (const [lead, set] of leaders) {
    for (const mo of [...set].sort()) {
      if (held.has(`${lead}|${mo}`)) continue;
      out.push({ kind: 'dispatch-cadence', rule: 'DS-1', due: monthEnd(mo), daysOverdue: daysBetween(monthEnd(mo), s.asOf), unit: m.people.get(lead)?.unit.data.id, person: lead, ref: mo, facts: { month: mo, name: m.people.get(lead)?.person.name ?? lead } });
    }
  }
  return out;
}

/** Months in which a project is on a decided rolling or annual list (FC-1's lists: what a lead leader answers for). */
export function listedMonths(m: Model, project: string): Set<string> {
  const out = new Set<string>();
  for (const { list, entry } of m.membership.get(project) ?? []) {
    const l = list.data;
    if ((l.kind !== 'rolling' && l.kind !== 'annual') || !isDecided(l)) continue;
    const [y1, y2] = listYears(l);
    let from = `${y1}-01`;
    if (entry.added_on && monthOf(entry.added_on) > from) from = monthOf(entry.added_on);
    let to = `${y2}-12`;
    if (entry.removed_on) { const r = addMonths(monthOf(entry.removed_on), -1); if (r < to) to = r; }
    if (from <= to) for (const mo of monthsBetween(from, to)) out.add(mo);
  }
  return out;
}

function leadershipUnit(m: Model): string | undefined {
  for (const u of m.units.values()) if (u.data.type === 'leadership') return u.data.id;
  return undefined;
}

// DS-2: a quarter without a main leaders' dispatch
function mainDispatchCadence(s: Snapshot): OverdueItem[] {
  const m = s.model;
  const held = new Set(m.dispatches.filter((d) => d.data.level === 'main').map((d) => quarterOf(monthOf(d.data.date))));
  return completeQuarters(m, s.asOf).filter((q) => !held.has(q)).map((q) => ({
    kind: 'main-dispatch-cadence', rule: 'DS-2', due: quarterEnd(q), daysOverdue: daysBetween(quarterEnd(q), s.asOf), unit: leadershipUnit(m), ref: q, facts: { quarter: q },
  }));
}

// AS-2: a quarter without a joint inspection
function inspectionCadence(s: Snapshot): OverdueItem[] {
  const m = s.model;
  const held = new Set(m.inspections.map((i) => quarterOf(monthOf(i.data.date))));
  return completeQuarters(m, s.asOf).filter((q) => !held.has(q)).map((q) => ({
    kind: 'inspection-cadence', rule: 'AS-2', due: quarterEnd(q), daysOverdue: daysBetween(quarterEnd(q), s.asOf), unit: m.config.units.supervision, ref: q, facts: { quarter: q },
  }));
}

// LS-3: the rolling list starting in Y+1 and the annual list for Y+1, decided by 12-31 of Y
function listDecisions(s: Snapshot): OverdueItem[] {
  const m = s.model;
  const out: OverdueItem[] = [];
  const firstYear = yearOf(`${since(m)}-01`) + 1;
  for (let y = firstYear; y <= yearOf(s.asOf); y++) {
    const due = `${y - 1}-12-31`;
    if (!(s.asOf > due)) continue;
    for (const kind of ['annual', 'rolling'] as const) {
      const decided = [...m.lists.values()].some((l) => l.data.kind === kind && listYears(l.data)[0] === y && isDecided(l.data) && l.data.decided_on! <= s.asOf);
      if (decided) continue;
      const ref = kind === 'annual' ? `annual-${y}` : `rolling-${y}-${y + 2}`;
      out.push({ kind: 'list-decision', rule: 'LS-3', due, daysOverdue: daysBetween(due, s.asOf), unit: m.config.center, ref, facts: { list: kind, year: y } });
    }
  }
  return out;
}

// BG-2: an SOE-owned annual-plan project's budget approval, mid-year review and evaluation
function budgetSteps(s: Snapshot): OverdueItem[] {
  const m = s.model;
  const out: OverdueItem[] = [];
  const b = m.config.budget;
  for (let y = yearOf(`${since(m)}-01`); y <= yearOf(s.asOf); y++) {
    for (const { project } of annualPlan(m, y)) {
      const p = m.projects.get(project)!.data;
      if (m.units.get(p.owner)?.data.type !== 'soe') continue;
      const rec = p.budget?.[String(y)] ?? {};
      const steps: [string, string, string | undefined][] = [
        ['approved', `${y}-${b.approved_by}`, rec.approved_on],
        ['midyear', `${y}-${b.midyear_by}`, rec.midyear_on],
        ['evaluated', `${y + 1}-${b.evaluated_by}`, rec.evaluated_on],
      ];
      for (const [step, due, done] of steps) {
        if (due < `${since(m)}-01` || !(s.asOf > due)) continue;
        if (done && done <= s.asOf) continue;
        out.push({ kind: 'budget-step', rule: 'BG-2', due, daysOverdue: daysBetween(due, s.asOf), project, unit: p.owner, ref: `${y}/${step}`, facts: { step, year: y, name: p.name } });
      }
    }
  }
  return out;
}
