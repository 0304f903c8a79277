// The units' pages as data: each unit's projects (as owner, as lead unit, as the township they
// lie in), its scores by month and by quarter with the items behind each component, and what it
// has overdue. Each period is scored once for every unit (score() ranks the peer groups). Pure.
import { natural, quarterOf, score, type FindingRow, type OverdueItem, type Period, type Snapshot, type UnitScore } from '../engine/index.js';

export interface UnitPeriodScore { period: Period; label: string; score: UnitScore }

export interface SiteUnit {
  id: string; name: string; type: string;
  people: { id: string; name: string; title: string | null }[];
  owned: string[]; led: string[]; located: string[];
  /** month by month from January of the reporting year, then the quarters begun */
  scores: UnitPeriodScore[];
  overdue: OverdueItem[];
  findings: FindingRow[];
}

/** The periods a unit page shows: the reporting year's months through `month`, and its quarters begun by then. */
export function scorePeriods(month: string, since: string): Period[] {
  const year = month.slice(0, 4);
  const months: string[] = [];
  for (let i = 1; i <= Number(month.slice(5, 7)); i++) {
    const mo = `${year}-${String(i).padStart(2, '0')}`;
    if (mo >= since) months.push(mo);
  }
  const quarters = [...new Set(months.map(quarterOf))];
  return [...months.map((id): Period => ({ kind: 'month', id })), ...quarters.map((id): Period => ({ kind: 'quarter', id }))];
}

export function periodLabel(p: Period): string {
  if (p.kind === 'month') return `${p.id.slice(0, 4)}年${Number(p.id.slice(5, 7))}月`;
  if (p.kind === 'quarter') return `${p.id.slice(0, 4)}年第${'一二三四'[Number(p.id.slice(-1)) - 1]}季度`;
  return `${p.id}年`;
}

export function unitsModel(s: Snapshot, month: string, items: OverdueItem[], findings: Map<string, FindingRow[]>): SiteUnit[] {
  const m = s.model;
  const owned = new Map<string, string[]>(), led = new Map<string, string[]>(), located = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, k: string | undefined, v: string) => { if (k) map.set(k, [...(map.get(k) ?? []), v]); };
  for (const [id, p] of [...m.projects].sort(([a], [b]) => natural(a, b))) {
    add(owned, p.data.owner, id); add(led, p.data.lead_unit, id); add(located, p.data.location, id);
  }
  const periods = month >= m.config.since ? scorePeriods(month, m.config.since) : [];
  const reports = periods.map((period) => ({ period, byUnit: new Map(score(s, period).units.map((u) => [u.unit, u])) }));
  const overdueOf = new Map<string, OverdueItem[]>();
  for (const i of items) {
    const owner = i.project ? m.projects.get(i.project)?.data.owner : undefined;
    const who = new Set([i.unit, owner, i.person ? m.people.get(i.person)?.unit.data.id : undefined].filter((x): x is string => !!x));
    for (const u of who) add2(overdueOf, u, i);
  }
  // findings assigned to the unit, and those of which it is the target
  const findingsOf = new Map<string, FindingRow[]>();
  for (const rows of findings.values()) for (const f of rows) for (const u of new Set([f.assignedTo, m.units.has(f.target) ? f.target : null])) if (u) add2(findingsOf, u, f);
  return [...m.units.keys()].sort(natural).map((id) => {
    const u = m.units.get(id)!.data;
    return {
      id, name: u.name, type: u.type,
      people: u.people.map((p) => ({ id: p.id, name: p.name, title: p.title ?? null })),
      owned: owned.get(id) ?? [], led: led.get(id) ?? [], located: located.get(id) ?? [],
      scores: reports.flatMap(({ period, byUnit }) => { const sc = byUnit.get(id); return sc ? [{ period, label: periodLabel(period), score: sc }] : []; }),
      overdue: overdueOf.get(id) ?? [],
      findings: findingsOf.get(id) ?? [],
    };
  });
}

function add2<T>(map: Map<string, T[]>, k: string, v: T): void {
  const a = map.get(k);
  if (a) a.push(v); else map.set(k, [v]);
}
