// 四、台账报送情况 (LS-4, HI-1, HI-2): every project that owes the month's ledger, on time, late,
// missing or not yet due, by owner, with the late and missing ones named.
import { ledgerDueDate } from '../calendar.js';
import { natural } from '../overdue.js';
import { dutyMonths } from '../snapshot.js';
import { personName, unitName, type BulletinContext } from './context.js';

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

export interface Ledgers {
  month: string;
  due: string;
  times: 'git' | 'declared';
  expected: number; onTime: number; late: number; missing: number; pending: number; amended: number;
  rows: LedgerRow[];
  exceptions: LedgerRow[];             // late and missing, named
  byOwner: OwnerLedgers[];
}

export function ledgers(c: BulletinContext): Ledgers {
  const { s, m, month } = c;
  const due = ledgerDueDate(month, m.config.ledger.grace_days);
  const rows: LedgerRow[] = [];
  for (const [id, p] of m.projects) {
    if (!dutyMonths(m, id).has(month)) continue;
    const l = s.known.get(id)?.get(month);
    const base = { project: id, name: p.data.name, owner: p.data.owner, ownerName: unitName(m, p.data.owner)! };
    if (!l) { rows.push({ ...base, state: s.asOf > due ? 'missing' : 'pending', when: null, source: null, lateDays: 0, amended: 0, reporter: null }); continue; }
    const sub = s.submissions.get(l)!;
    rows.push({ ...base, state: sub.late ? 'late' : 'on-time', when: sub.when, source: sub.source, lateDays: sub.lateDays, amended: sub.amendments.length, reporter: l.data.reporter ? personName(m, l.data.reporter) : null });
  }
  rows.sort((a, b) => natural(a.owner, b.owner) || natural(a.project, b.project));
  const owners = new Map<string, OwnerLedgers>();
  for (const r of rows) {
    const o = owners.get(r.owner) ?? { owner: r.owner, ownerName: r.ownerName, expected: 0, onTime: 0, late: 0, missing: 0, pending: 0 };
    o.expected++;
    if (r.state === 'on-time') o.onTime++; else if (r.state === 'late') o.late++; else if (r.state === 'missing') o.missing++; else o.pending++;
    owners.set(r.owner, o);
  }
  const count = (k: LedgerRow['state']) => rows.filter((r) => r.state === k).length;
  return {
    month, due, times: s.history.source, expected: rows.length, onTime: count('on-time'), late: count('late'), missing: count('missing'), pending: count('pending'),
    amended: rows.filter((r) => r.amended > 0).length, rows, exceptions: rows.filter((r) => r.state === 'late' || r.state === 'missing'), byOwner: [...owners.values()],
  };
}
