// HI-2: ledgers changed after their due time, each change with its commit.
import type { Model } from '../../model/index.js';
import { ledgerDueDate, ledgerDueInstant } from '../calendar.js';
import type { CommitFact } from '../facts.js';
import { madeBy, type AuditFinding } from './finding.js';
import type { Lineage } from './trail.js';
import type { Zoned } from './zoned.js';

/** `before`: a commit before history_since, whose time is not judged. */
export function amendedFindings(m: Model, lines: Map<string, Lineage>, z: Zoned, before: (c: CommitFact) => boolean = () => false): AuditFinding[] {
  const tz = m.config.timezone;
  const grace = m.config.ledger.grace_days;
  const out: AuditFinding[] = [];
  for (const byMonth of m.ledgerIndex.values()) {
    for (const l of byMonth.values()) {
      const lin = lines.get(l.file.path);
      if (!lin?.added) continue;
      const dueAt = ledgerDueInstant(l.data.month, grace, tz);
      for (const ev of lin.changes) {
        if (ev.commit.at <= dueAt || before(ev.commit)) continue;
        out.push({ kind: 'amended', rule: 'HI-2', file: l.file.path, project: l.data.project, month: l.data.month, due: ledgerDueDate(l.data.month, grace), change: ev.change, ...madeBy(ev.commit, z) });
      }
    }
  }
  return out;
}
