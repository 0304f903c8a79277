// AS-4: the 督查通报 of one inspection as data — who inspected, how, whom, the sampling record,
// and the findings by target in their state on the as-of date.
import type { Snapshot } from '../snapshot.js';
import { provenance, unitName, type Provenance } from './context.js';
import { countStates, findingRow, targetName, type FindingRow } from './findings.js';

type TargetKind = 'project' | 'unit' | 'unknown';

export interface InspectionBulletin {
  kind: 'inspection';
  source: Provenance;
  id: string;
  date: string;
  year: number;
  /** 期号: the year's inspections numbered by date; issued on the as-of date. */
  issue: { number: number; date: string };
  organizers: { id: string; name: string }[];
  observers: { id: string; name: string }[];
  methods: string[];
  targets: { id: string; name: string; kind: TargetKind }[];
  sampling: { seed: number; population: number; size: number; list: string | null; listName: string | null; of: string | null } | null;
  note: string | null;
  counts: { findings: number; closed: number; closedLate: number; open: number; overdue: number };
  byTarget: { target: string; name: string; kind: TargetKind; findings: FindingRow[] }[];
  /** The findings by the unit that must act on them: the one assigned, else the inspected unit or the project's owner. */
  byUnit: { unit: string; name: string; findings: FindingRow[] }[];
  /** 联合行文 (AS-4): the record's organisers that are the supervision office and the DRC (kzp.yaml's roles), in that order; all organisers when neither is among them. */
  issuers: { id: string; name: string }[];
  /** 呈送 (二(九)4): the leaders of the district committee, the people's congress standing committee, the government and the CPPCC concerned. */
  presentedTo: string;
  /** 印送: the inspected units — a unit target itself, a project target's owner and lead unit — in the order inspected. */
  inspected: { id: string; name: string }[];
}

export function inspectionBulletin(s: Snapshot, id: string): InspectionBulletin | null {
  const m = s.model;
  const rec = m.inspections.find((i) => i.data.id === id);
  if (!rec) return null;
  const d = rec.data;
  const kindOf = (x: string): TargetKind => (m.projects.has(x) ? 'project' : m.units.has(x) ? 'unit' : 'unknown');
  const rows = d.findings.map((f) => findingRow(s, d, f));
  const order = [...d.targets, ...rows.map((r) => r.target).filter((t) => !d.targets.includes(t))];
  const byTarget = [...new Set(order)].map((t) => ({ target: t, name: targetName(s, t), kind: kindOf(t), findings: rows.filter((r) => r.target === t) }));
  const unitOf = (t: string) => (m.projects.get(t)?.data.owner ?? t);
  const responsible = (r: FindingRow) => r.assignedTo ?? unitOf(r.target);
  const units = [...new Set(rows.map(responsible))];
  const byUnit = units.map((u) => ({ unit: u, name: unitName(m, u)!, findings: rows.filter((r) => responsible(r) === u) }));
  const roles = [m.config.units.supervision, m.config.units['development-reform']].filter((u): u is string => !!u && d.organizers.includes(u));
  const issuers = (roles.length ? roles : d.organizers).map((u) => ({ id: u, name: unitName(m, u)! }));
  const inspectedUnits = d.targets.flatMap((t) => { const p = m.projects.get(t)?.data; return p ? [p.owner, ...(p.lead_unit ? [p.lead_unit] : [])] : [t]; });
  const inspected = [...new Set(inspectedUnits)].map((u) => ({ id: u, name: unitName(m, u)! }));
  return {
    kind: 'inspection', source: provenance(s), id: d.id, date: d.date, year: Number(d.date.slice(0, 4)),
    issue: { number: m.inspections.filter((i) => i.data.date.slice(0, 4) === d.date.slice(0, 4) && (i.data.date < d.date || (i.data.date === d.date && i.data.id <= d.id))).length, date: s.asOf },
    organizers: d.organizers.map((u) => ({ id: u, name: unitName(m, u)! })),
    observers: (d.observers ?? []).map((u) => ({ id: u, name: unitName(m, u)! })),
    methods: [...d.methods],
    targets: d.targets.map((t) => ({ id: t, name: targetName(s, t), kind: kindOf(t) })),
    sampling: d.sampling ? { seed: d.sampling.seed, population: d.sampling.population, size: d.sampling.size, list: d.sampling.list ?? null, listName: d.sampling.list ? listName(s, d.sampling.list) : null, of: d.sampling.of ?? null } : null,
    note: d.note ?? null,
    counts: { findings: rows.length, closed: countStates(rows, 'closed', 'closed-late'), closedLate: countStates(rows, 'closed-late'), open: countStates(rows, 'open', 'overdue'), overdue: countStates(rows, 'overdue') },
    byTarget, byUnit, issuers, presentedTo: PRESENTED_TO, inspected,
  };
}

const PRESENTED_TO = '区委、区人大常委会、区政府、区政协相关领导';

const LIST_KINDS: Record<string, string> = { reserve: '五年储备项目清单', rolling: '三年滚动规划清单', annual: '年度建设计划项目清单' };

/** A list as official text names it: "2022—2024年三年滚动规划清单"; its id when it is not in the workspace. */
export function listName(s: Snapshot, id: string): string {
  const l = s.model.lists.get(id)?.data;
  return l ? `${String(l.period).replace('-', '—')}年${LIST_KINDS[l.kind] ?? ''}` : id;
}
