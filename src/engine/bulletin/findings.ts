// 六、督查整改情况 (AS-5): the findings of the year's inspections and older ones still open, each
// in its state on the as-of date; and the one finding row both bulletins print.
import type { Inspection } from '../../schema/index.js';
import { daysBetween, monthOf } from '../dates.js';
import type { Snapshot } from '../snapshot.js';
import { unitName, type BulletinContext } from './context.js';

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

export interface Inspections {
  held: { id: string; date: string; findings: number }[];   // inspections of the year up to the as-of date
  total: number; closed: number; closedLate: number; open: number; overdue: number;
  closedInMonth: number;
  openList: FindingRow[];
  closedInMonthList: FindingRow[];
}

/** A project's or unit's name for a finding's target. */
export function targetName(s: Snapshot, id: string): string { return s.model.projects.get(id)?.data.name ?? unitName(s.model, id)!; }

/** One finding on the as-of date: a closing after it does not count yet. */
export function findingRow(s: Snapshot, d: Inspection, f: Inspection['findings'][number]): FindingRow {
  const closedOn = f.closed_on && f.closed_on <= s.asOf ? f.closed_on : null;
  const state: FindingRow['state'] = closedOn ? (f.due && closedOn > f.due ? 'closed-late' : 'closed') : f.due && s.asOf > f.due ? 'overdue' : 'open';
  return {
    inspection: d.id, date: d.date, finding: f.id, target: f.target, targetName: targetName(s, f.target),
    issue: f.issue, assignedTo: f.assigned_to ?? null, assigneeName: unitName(s.model, f.assigned_to), due: f.due ?? null, closedOn, evidence: closedOn ? f.evidence ?? null : null,
    state, daysOverdue: state === 'overdue' ? daysBetween(f.due!, s.asOf) : 0,
  };
}

export const countStates = (rows: FindingRow[], ...k: FindingRow['state'][]) => rows.filter((f) => k.includes(f.state)).length;

export function inspections(c: BulletinContext): Inspections {
  const { s, year, month } = c;
  const held: Inspections['held'] = [];
  const rows: FindingRow[] = [];
  for (const ins of c.m.inspections) {
    const d = ins.data;
    if (d.date > s.asOf) continue;
    const ofYear = d.date.startsWith(`${year}-`) || d.date > `${year}-12-31`;
    if (ofYear) held.push({ id: d.id, date: d.date, findings: d.findings.length });
    for (const f of d.findings) {
      const row = findingRow(s, d, f);
      if (!ofYear && row.closedOn) continue;
      rows.push(row);
    }
  }
  const closedInMonthList = rows.filter((f) => f.closedOn && monthOf(f.closedOn) === month);
  return {
    held, total: rows.length, closed: countStates(rows, 'closed', 'closed-late'), closedLate: countStates(rows, 'closed-late'), open: countStates(rows, 'open', 'overdue'), overdue: countStates(rows, 'overdue'),
    closedInMonth: closedInMonthList.length, openList: rows.filter((f) => f.state === 'open' || f.state === 'overdue'), closedInMonthList,
  };
}
