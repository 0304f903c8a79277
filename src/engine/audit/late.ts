// HI-1: ledgers that arrived after their due time, and declared dates that git contradicts.
import type { Model } from '../../model/index.js';
import { daysBetween } from '../dates.js';
import type { HistoryFacts } from '../facts.js';
import type { TrailCommit } from './trail.js';
import { submissionOf } from '../snapshot.js';
import type { AuditFinding } from './finding.js';

/** A declared submitted_on within this many days of the git date is normal (filled in at night, committed next day). */
export const MISMATCH_DAYS = 1;

/** `commits`: the trail's commits by id, so that a finding names the commit with its changes. */
export function lateFindings(m: Model, facts: HistoryFacts, commits: Map<string, TrailCommit>): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const byMonth of m.ledgerIndex.values()) {
    for (const l of byMonth.values()) {
      const s = submissionOf(m, facts, l);
      const base = { file: l.file.path, project: s.project, month: s.month };
      const commit = s.commit ? commits.get(s.commit.commit) : undefined;
      if (s.late) {
        out.push({
          kind: 'late', rule: 'HI-1', ...base, due: s.due, lateDays: s.lateDays, source: s.source === 'git' ? 'git' : 'declared',
          ...(s.commit && s.at !== null ? { commit, at: s.at } : {}), date: s.date ?? undefined,
        });
      }
      const declared = l.data.submitted_on;
      if (s.source === 'git' && declared && s.date) {
        const days = daysBetween(declared, s.date);
        if (Math.abs(days) > MISMATCH_DAYS) out.push({ kind: 'declared-mismatch', rule: 'HI-1', ...base, declared, days, commit, at: s.at ?? undefined, date: s.date });
      }
    }
  }
  return out;
}
