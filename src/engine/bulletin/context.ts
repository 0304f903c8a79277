// What every section of the monthly bulletin starts from: the snapshot, the month, the year's
// status (computed once) and the annual plan's projects as bulletin rows; and the names the
// sections print (data, not wording).
import type { Model } from '../../model/index.js';
import { annualPlan } from '../overdue.js';
import type { Snapshot } from '../snapshot.js';
import { status, type Light, type StatusReport, type StatusRow } from '../status.js';

export const r1 = (x: number) => Math.round(x * 10) / 10;
export const r2 = (x: number) => Math.round(x * 100) / 100;
export const rate = (part: number, whole: number): number | null => (whole > 0 ? r1((part / whole) * 100) : null);

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

export function unitName(m: Model, id: string | null | undefined): string | null { return id ? m.units.get(id)?.data.name ?? id : null; }
export function personName(m: Model, id: string): string {
  const p = m.people.get(id)?.person;
  return p ? (p.title ? `${p.name}（${p.title}）` : p.name) : id;
}
export function sectorName(m: Model, id: string): string { return m.config.sectors[id] ?? id; }

/**
 * People in protocol order (区委书记 before 区长 before 常务副区长 …): by their `rank`, those
 * without one after, in the order the unit files list them; never by id.
 */
export function inProtocolOrder(m: Model, ids: string[]): string[] {
  const key = (id: string) => { const p = m.people.get(id); return [p?.person.rank ?? Infinity, p?.index ?? Infinity] as const; };
  return [...ids].sort((a, b) => { const [ra, ia] = key(a), [rb, ib] = key(b); return ra - rb || ia - ib || (a < b ? -1 : a > b ? 1 : 0); });
}
export function projectName(m: Model, id: string): string { return m.projects.get(id)?.data.name ?? id; }

export function provenance(s: Snapshot): Provenance {
  return {
    district: s.model.config.district, center: unitName(s.model, s.model.config.center)!, asOf: s.asOf, commit: s.history.head ?? null,
    times: s.history.source, timesReason: s.history.source === 'declared' ? s.history.reason ?? null : null,
  };
}

export interface BulletinContext {
  s: Snapshot;
  m: Model;
  month: string;                       // YYYY-MM
  year: number;
  st: StatusReport;                    // the annual plan against time progress through the month
  plan: ReturnType<typeof annualPlan>;
  projects: ProgressRow[];             // the annual plan's projects, in status order
}

function progressRow(s: Snapshot, r: StatusRow, target: string | undefined): ProgressRow {
  const m = s.model;
  return {
    project: r.project, name: r.name, sector: r.sector, sectorName: sectorName(m, r.sector), owner: r.owner, ownerName: unitName(m, r.owner)!,
    leadUnit: r.leadUnit, leadUnitName: unitName(m, r.leadUnit), stage: r.stage, planned: r.planned, invested: r.invested, investedMonth: r.invested_month,
    completion: r.completion, lag: r.lag, light: r.light, target: target ?? null, openProblems: r.openProblems,
  };
}

/** The bulletin for `month` as known on the snapshot's as-of date starts here. */
export function bulletinContext(s: Snapshot, month: string): BulletinContext {
  const st = status(s, { month });
  const plan = annualPlan(s.model, st.year);
  const targets = new Map(plan.map((p) => [p.project, p.target]));
  return { s, m: s.model, month, year: st.year, st, plan, projects: st.rows.map((r) => progressRow(s, r, targets.get(r.project))) };
}
