// AS-6 `kzp score`: the regular assessment of each unit for a month or a quarter — countdown
// completion, ledger punctuality, problems resolved in time, inspection findings closed in
// time, weighted by kzp.yaml `assessment.weights` — and the annual one from annual-target
// completion plus bonus points (三(四)). Ranked within peer groups. Pure.
import { ledgerDueDate } from './calendar.js';
import { addMonths, monthEnd, quarterMonths } from './dates.js';
import { annualPlan, countdownTasks, natural } from './overdue.js';
import { dutyMonths, lastDueMonth, type Snapshot } from './snapshot.js';

export type Period = { kind: 'month'; id: string } | { kind: 'quarter'; id: string } | { kind: 'year'; id: string };
export type PeerGroup = 'township' | 'department' | 'soe';
export const PEER_GROUPS: PeerGroup[] = ['township', 'department', 'soe'];

export interface Component { weight: number; total: number; onTime: number; late: number; missed: number; ratio: number | null; items?: ScoreItem[] }
/** One thing a component counted (with `score(…, { items: true })`): what, when due, and how it went. */
export interface ScoreItem { ref: string; project?: string; due: string; done: string | null; outcome: 'on-time' | 'late' | 'missed' }
export interface UnitScore {
  unit: string;
  name: string;
  group: PeerGroup;
  components: { countdown: Component; ledger: Component; problems: Component; inspection: Component };
  annual: { projects: number; planned: number; invested: number; ratio: number | null } | null;
  base: number | null;            // 0–100
  bonus: number;
  score: number | null;           // base + bonus
  rank: number | null;            // within the peer group
}

export interface ScoreReport { period: Period; from: string; to: string; weights: Record<string, number>; units: UnitScore[] }

export function peerGroup(type: string): PeerGroup | null {
  if (type === 'township' || type === 'street') return 'township';
  if (type === 'department' || type === 'organ' || type === 'institution') return 'department';
  if (type === 'soe') return 'soe';
  return null;
}

export function periodRange(p: Period): { from: string; to: string; months: string[] } {
  if (p.kind === 'month') return { from: `${p.id}-01`, to: monthEnd(p.id), months: [p.id] };
  if (p.kind === 'quarter') { const ms = quarterMonths(p.id); return { from: `${ms[0]}-01`, to: monthEnd(ms[2]), months: [...ms] }; }
  const ms = Array.from({ length: 12 }, (_, i) => addMonths(`${p.id}-01`, i));
  return { from: `${p.id}-01-01`, to: `${p.id}-12-31`, months: ms };
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const comp = (weight: number): Component => ({ weight, total: 0, onTime: 0, late: 0, missed: 0, ratio: null });
function finish(c: Component): Component {
  c.total = c.onTime + c.late + c.missed;
  c.ratio = c.total ? Math.round(((c.onTime + 0.5 * c.late) / c.total) * 1000) / 1000 : null;
  return c;
}

export function score(s: Snapshot, period: Period, opts: { items?: boolean } = {}): ScoreReport {
  const m = s.model;
  // the items behind each count, for the site's unit pages; the counts alone otherwise
  const count = (c: Component, outcome: ScoreItem['outcome'], item: () => Omit<ScoreItem, 'outcome'>) => {
    if (outcome === 'on-time') c.onTime++; else if (outcome === 'late') c.late++; else c.missed++;
    if (opts.items) (c.items ??= []).push({ ...item(), outcome });
  };
  const { from, to, months } = periodRange(period);
  const w = m.config.assessment.weights;
  const year = Number(from.slice(0, 4));
  const byUnit = new Map<string, UnitScore>();
  const unitScore = (id: string): UnitScore | null => {
    const u = m.units.get(id)?.data;
    if (!u) return null;
    const group = peerGroup(u.type);
    if (!group) return null;
    let x = byUnit.get(id);
    if (!x) {
      x = { unit: id, name: u.name, group, components: { countdown: comp(w.countdown), ledger: comp(w.ledger), problems: comp(w.problems), inspection: comp(w.inspection) }, annual: null, base: null, bonus: 0, score: null, rank: null };
      byUnit.set(id, x);
    }
    return x;
  };
  const inPeriod = (d: string) => d >= from && d <= to && d < s.asOf;
  // countdown: tasks of the owner's annual-plan projects due in the period
  for (const { project } of annualPlan(m, year)) {
    const p = m.projects.get(project)!.data;
    const u = unitScore(p.owner);
    if (!u) continue;
    for (const t of countdownTasks(s, project, String(year))) {
      if (!inPeriod(t.due)) continue;
      count(u.components.countdown, t.doneOn && t.doneOn <= t.due ? 'on-time' : t.doneOn ? 'late' : 'missed', () => ({ ref: t.id, project, due: t.due, done: t.doneOn }));
    }
  }
  // ledgers owed in the period whose due time has passed
  const lastDue = lastDueMonth(s.asOf, m.config.ledger.grace_days);
  for (const [id, p] of m.projects) {
    const u = unitScore(p.data.owner);
    if (!u) continue;
    const duty = dutyMonths(m, id);
    for (const mo of months) {
      if (!duty.has(mo) || mo > lastDue) continue;
      const l = s.known.get(id)?.get(mo);
      const sub = l && s.submissions.get(l)!;
      count(u.components.ledger, !sub ? 'missed' : sub.late ? 'late' : 'on-time', () => ({ ref: mo, project: id, due: sub?.due ?? ledgerDueDate(mo, m.config.ledger.grace_days), done: sub?.when ?? null }));
    }
  }
  // problems of the owner's projects whose due date falls in the period
  for (const ps of s.problems.values()) {
    if (!ps.due || !inPeriod(ps.due)) continue;
    const p = m.projects.get(ps.project)?.data;
    const u = p && unitScore(p.owner);
    if (!u) continue;
    const due = ps.due;
    count(u.components.problems, !ps.open && ps.resolvedOn && ps.resolvedOn <= due ? 'on-time' : !ps.open ? 'late' : 'missed', () => ({ ref: ps.key, project: ps.project, due, done: ps.resolvedOn }));
  }
  // inspection findings assigned to the unit, due in the period
  for (const ins of m.inspections) {
    if (ins.data.date > s.asOf) continue;
    for (const f of ins.data.findings) {
      if (!f.assigned_to || !f.due || !inPeriod(f.due)) continue;
      const u = unitScore(f.assigned_to);
      if (!u) continue;
      const closed = f.closed_on && f.closed_on <= s.asOf ? f.closed_on : null;
      const due = f.due;
      count(u.components.inspection, closed && closed <= due ? 'on-time' : closed ? 'late' : 'missed', () => ({ ref: `${ins.data.id}/${f.id}`, project: m.projects.has(f.target) ? f.target : undefined, due, done: closed }));
    }
  }
  // annual: target completion of the owner's annual-plan projects (investment through the period's end)
  if (period.kind === 'year') {
    const acc = new Map<string, { projects: number; planned: number; invested: number; sum: number }>();
    for (const { project, planned, opening } of annualPlan(m, year)) {
      const p = m.projects.get(project)!.data;
      if (!unitScore(p.owner)) continue;
      let invested = opening;
      for (const [mo, l] of s.known.get(project) ?? []) if (mo.startsWith(`${year}-`)) invested += l.data.progress.invested;
      const a = acc.get(p.owner) ?? { projects: 0, planned: 0, invested: 0, sum: 0 };
      a.projects++; a.planned += planned; a.invested += invested; a.sum += planned > 0 ? Math.min(invested / planned, 1) : 1;
      acc.set(p.owner, a);
    }
    for (const [unit, a] of acc) byUnit.get(unit)!.annual = { projects: a.projects, planned: Math.round(a.planned * 100) / 100, invested: Math.round(a.invested * 100) / 100, ratio: Math.round((a.sum / a.projects) * 1000) / 1000 };
    for (const u of byUnit.values()) u.bonus = (m.units.get(u.unit)?.data.bonus ?? []).filter((b) => Number(b.year) === year).reduce((a, b) => a + b.points, 0);
  }
  for (const u of byUnit.values()) {
    const cs = Object.values(u.components).map(finish);
    if (period.kind === 'year') {
      u.base = u.annual?.ratio != null ? r1(u.annual.ratio * 100) : null;
    } else {
      const active = cs.filter((c) => c.ratio !== null && c.weight > 0);
      const wsum = active.reduce((a, c) => a + c.weight, 0);
      u.base = wsum ? r1(active.reduce((a, c) => a + c.weight * c.ratio!, 0) / wsum * 100) : null;
    }
    u.score = u.base === null ? null : r1(u.base + u.bonus);
  }
  const units = [...byUnit.values()];
  for (const g of PEER_GROUPS) {
    const group = units.filter((u) => u.group === g && u.score !== null).sort((a, b) => b.score! - a.score! || natural(a.unit, b.unit));
    group.forEach((u, i) => { u.rank = i > 0 && group[i - 1].score === u.score ? group[i - 1].rank : i + 1; });
  }
  units.sort((a, b) => PEER_GROUPS.indexOf(a.group) - PEER_GROUPS.indexOf(b.group) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || natural(a.unit, b.unit));
  return { period, from, to, weights: { ...w }, units };
}
