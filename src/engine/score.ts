// AS-6 `kzp score`: the regular assessment of each unit for a month or a quarter — countdown
// completion, ledger punctuality, problems resolved in time, inspection findings closed in
// time, weighted by kzp.yaml `assessment.weights` — and the annual one from annual-target
// completion plus bonus points (三(四)). Ranked within peer groups. Pure.
//
// Who answers for a project: its owner (主体责任) and its lead responsible unit (牵头责任,
// "负责接受区内专项考核", 三(二)). Every unit that owns or leads an annual-plan project of the
// period's year is scored, with its role; each project's countdown tasks, ledgers and problems
// count for both (once for a unit that is both), and findings for the unit they are assigned to.
import { annualScores, type AnnualScore } from './score-annual.js';
import { addMonths, monthEnd, quarterMonths } from './dates.js';
import { annualPlan, countdownTasks, natural } from './overdue.js';
import { dutyMonths, lastDueMonth, type Snapshot } from './snapshot.js';
import type { Model } from '../model/index.js';

export type Period = { kind: 'month'; id: string } | { kind: 'quarter'; id: string } | { kind: 'year'; id: string };
/** 乡镇街道; 区级部门; 机关和事业单位 (organs and institutions, e.g. the hospitals: their own group); 区属国企 */
export type PeerGroup = 'township' | 'department' | 'institution' | 'soe';
export const PEER_GROUPS: PeerGroup[] = ['township', 'department', 'institution', 'soe'];
/** 业主 / 牵头单位 / both, over the annual-plan projects of the year (else over all projects); null for a unit scored on findings only */
export type Role = 'owner' | 'lead' | 'both';
export type As = Role | 'assigned';
export interface ScoreItem { ref: string; project: string | null; due: string; outcome: 'onTime' | 'late' | 'missed'; as: As }

export interface Component { weight: number; total: number; onTime: number; late: number; missed: number; ratio: number | null; items: ScoreItem[] }
export type { AnnualScore, AnnualItem } from './score-annual.js';
export interface UnitScore {
  unit: string;
  name: string;
  group: PeerGroup;
  role: Role | null;
  components: { countdown: Component; ledger: Component; problems: Component; inspection: Component };
  annual: AnnualScore | null;
  base: number | null;            // 0–100
  bonus: number;
  score: number | null;           // base + bonus
  rank: number | null;            // within the peer group
}

/** 三(四): a unit with bonus points for the year (全年项目工作高质量完成的单位), for the incentive list. */
export interface Incentive { unit: string; name: string; points: number; reasons: string[] }

export interface ScoreReport {
  period: Period; from: string; to: string; weights: Record<string, number>;
  /** the annual score's weights (investment and physical targets); only for a year */
  annualWeights?: { investment: number; target: number };
  units: UnitScore[];
  /** the incentive list of the year: units with bonus points, most points first; only for a year */
  incentives?: Incentive[];
}

export function peerGroup(type: string): PeerGroup | null {
  if (type === 'township' || type === 'street') return 'township';
  if (type === 'department') return 'department';
  if (type === 'organ' || type === 'institution') return 'institution';
  if (type === 'soe') return 'soe';
  return null;
}

/** The units that answer for a project: owner and lead unit, or one unit that is both. */
export function answerers(m: Model, project: string): { unit: string; as: Role }[] {
  const p = m.projects.get(project)?.data;
  if (!p) return [];
  if (!p.lead_unit || p.lead_unit === p.owner) return [{ unit: p.owner, as: p.lead_unit ? 'both' : 'owner' }];
  return [{ unit: p.owner, as: 'owner' }, { unit: p.lead_unit, as: 'lead' }];
}

/** A unit's role over some projects. */
function roleOver(m: Model, unit: string, projects: Iterable<string>): Role | null {
  let owner = false, lead = false;
  for (const id of projects) for (const a of answerers(m, id)) if (a.unit === unit) { if (a.as !== 'lead') owner = true; if (a.as !== 'owner') lead = true; }
  return owner && lead ? 'both' : owner ? 'owner' : lead ? 'lead' : null;
}

export function periodRange(p: Period): { from: string; to: string; months: string[] } {
  if (p.kind === 'month') return { from: `${p.id}-01`, to: monthEnd(p.id), months: [p.id] };
  if (p.kind === 'quarter') { const ms = quarterMonths(p.id); return { from: `${ms[0]}-01`, to: monthEnd(ms[2]), months: [...ms] }; }
  const ms = Array.from({ length: 12 }, (_, i) => addMonths(`${p.id}-01`, i));
  return { from: `${p.id}-01-01`, to: `${p.id}-12-31`, months: ms };
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const comp = (weight: number): Component => ({ weight, total: 0, onTime: 0, late: 0, missed: 0, ratio: null, items: [] });
function count(c: Component, item: ScoreItem): void { c[item.outcome]++; c.items.push(item); }
function finish(c: Component): Component {
  c.total = c.onTime + c.late + c.missed;
  c.ratio = c.total ? Math.round(((c.onTime + 0.5 * c.late) / c.total) * 1000) / 1000 : null;
  return c;
}

export function score(s: Snapshot, period: Period): ScoreReport {
  const m = s.model;
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
      x = { unit: id, name: u.name, group, role: null, components: { countdown: comp(w.countdown), ledger: comp(w.ledger), problems: comp(w.problems), inspection: comp(w.inspection) }, annual: null, base: null, bonus: 0, score: null, rank: null };
      byUnit.set(id, x);
    }
    return x;
  };
  const inPeriod = (d: string) => d >= from && d <= to && d < s.asOf;
  const plan = annualPlan(m, year);
  // every unit that owns or leads an annual-plan project is scored, even with nothing due
  for (const { project } of plan) for (const a of answerers(m, project)) unitScore(a.unit);
  // countdown: tasks of the annual-plan projects due in the period
  for (const { project } of plan) {
    for (const t of countdownTasks(s, project, String(year))) {
      if (!inPeriod(t.due)) continue;
      const outcome = t.doneOn && t.doneOn <= t.due ? 'onTime' : t.doneOn ? 'late' : 'missed';
      for (const a of answerers(m, project)) { const u = unitScore(a.unit); if (u) count(u.components.countdown, { ref: `${project}/${t.id}`, project, due: t.due, outcome, as: a.as }); }
    }
  }
  // ledgers owed in the period whose due time has passed
  const lastDue = lastDueMonth(s.asOf, m.config.ledger.grace_days);
  for (const id of m.projects.keys()) {
    const duty = dutyMonths(m, id);
    for (const mo of months) {
      if (!duty.has(mo) || mo > lastDue) continue;
      const l = s.known.get(id)?.get(mo);
      const outcome = !l ? 'missed' : s.submissions.get(l)!.late ? 'late' : 'onTime';
      for (const a of answerers(m, id)) { const u = unitScore(a.unit); if (u) count(u.components.ledger, { ref: `${id}/${mo}`, project: id, due: monthEnd(mo), outcome, as: a.as }); }
    }
  }
  // problems of the units' projects whose due date falls in the period
  for (const ps of s.problems.values()) {
    if (!ps.due || !inPeriod(ps.due)) continue;
    const outcome = !ps.open && ps.resolvedOn && ps.resolvedOn <= ps.due ? 'onTime' : !ps.open ? 'late' : 'missed';
    for (const a of answerers(m, ps.project)) { const u = unitScore(a.unit); if (u) count(u.components.problems, { ref: ps.key, project: ps.project, due: ps.due, outcome, as: a.as }); }
  }
  // inspection findings assigned to the unit, due in the period
  for (const ins of m.inspections) {
    if (ins.data.date > s.asOf) continue;
    for (const f of ins.data.findings) {
      if (!f.assigned_to || !f.due || !inPeriod(f.due)) continue;
      const u = unitScore(f.assigned_to);
      if (!u) continue;
      const closed = f.closed_on && f.closed_on <= s.asOf ? f.closed_on : null;
      const project = m.projects.has(f.target) ? f.target : null;
      count(u.components.inspection, { ref: `${ins.data.id}/${f.id}`, project, due: f.due, outcome: closed && closed <= f.due ? 'onTime' : closed ? 'late' : 'missed', as: 'assigned' });
    }
  }
  const planIds = plan.map((x) => x.project);
  for (const u of byUnit.values()) u.role = roleOver(m, u.unit, planIds) ?? roleOver(m, u.unit, m.projects.keys());
  // annual: the investment and physical targets of the units' annual-plan projects, plus bonus points
  let incentives: Incentive[] | undefined;
  if (period.kind === 'year') {
    for (const [unit, a] of annualScores(s, year, plan, answerers)) { const u = unitScore(unit); if (u) u.annual = a; }
    for (const u of byUnit.values()) u.bonus = (m.units.get(u.unit)?.data.bonus ?? []).filter((b) => Number(b.year) === year).reduce((a, b) => a + b.points, 0);
    incentives = incentiveList(m, year);
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
  return { period, from, to, weights: { ...w }, ...(period.kind === 'year' ? { annualWeights: { ...m.config.assessment.annual }, incentives } : {}), units };
}

/** 三(四) 完善激励措施: the units with bonus points in the year, most points first (全年项目工作高质量完成的单位). */
export function incentiveList(m: Model, year: number): Incentive[] {
  const out: Incentive[] = [];
  for (const { data: u } of m.units.values()) {
    const bs = (u.bonus ?? []).filter((b) => Number(b.year) === year);
    const points = bs.reduce((a, b) => a + b.points, 0);
    if (points > 0) out.push({ unit: u.id, name: u.name, points: Math.round(points * 100) / 100, reasons: [...new Set(bs.map((b) => b.reason).filter((r): r is string => !!r))] });
  }
  return out.sort((a, b) => b.points - a.points || natural(a.unit, b.unit));
}
