// `kzp audit --month M | --since D`, and the order of the findings.
import { monthOf } from '../dates.js';
import { AUDIT_KINDS, type AuditFilter, type AuditFinding, type AuditKind } from './finding.js';

/** `--month M`: a ledger's findings by the ledger's month, other findings by the month of the commit; `--since D`: on or after D. */
export function keep(f: AuditFinding, filter: AuditFilter, dateOf: (ms: number) => string): boolean {
  if (f.kind === 'history-unavailable') return true;
  const date = f.date ?? (f.at !== undefined ? dateOf(f.at) : undefined);
  if (filter.month) {
    if (f.month) { if (f.month !== filter.month) return false; }
    else if (!date || monthOf(date) !== filter.month) return false;
  }
  if (filter.since && (!date || date < filter.since)) return false;
  return true;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const order = (k: AuditKind) => AUDIT_KINDS.indexOf(k);

/** Group order, then time, date and file. */
export function byGroup(a: AuditFinding, b: AuditFinding): number {
  return order(a.kind) - order(b.kind) || (a.at ?? 0) - (b.at ?? 0) || cmp(a.date ?? '', b.date ?? '') || cmp(a.file ?? '', b.file ?? '');
}
