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
  organizers: { id: string; name: string }[];
  observers: { id: string; name: string }[];
  methods: string[];
  targets: { id: string; name: string; kind: TargetKind }[];
  sampling: { seed: number; population: number; size: number; list: string | null; of: string | null } | null;
  note: string | null;
  counts: { findings: number; closed: number; closedLate: number; open: number; overdue: number };
  byTarget: { target: string; name: string; kind: TargetKind; findings: FindingRow[] }[];
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
  return {
    kind: 'inspection', source: provenance(s), id: d.id, date: d.date,
    organizers: d.organizers.map((u) => ({ id: u, name: unitName(m, u)! })),
    observers: (d.observers ?? []).map((u) => ({ id: u, name: unitName(m, u)! })),
    methods: [...d.methods],
    targets: d.targets.map((t) => ({ id: t, name: targetName(s, t), kind: kindOf(t) })),
    sampling: d.sampling ? { seed: d.sampling.seed, population: d.sampling.population, size: d.sampling.size, list: d.sampling.list ?? null, of: d.sampling.of ?? null } : null,
    note: d.note ?? null,
    counts: { findings: rows.length, closed: countStates(rows, 'closed', 'closed-late'), closedLate: countStates(rows, 'closed-late'), open: countStates(rows, 'open', 'overdue'), overdue: countStates(rows, 'overdue') },
    byTarget,
  };
}
