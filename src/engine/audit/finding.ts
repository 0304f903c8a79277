// What `kzp audit` reports (HI-1..HI-3): the kinds of finding, in the order of the text view.
import type { TrailChange, TrailCommit } from './trail.js';
import type { Zoned } from './zoned.js';

export type AuditKind = 'history-unavailable' | 'late' | 'amended' | 'unauthorised' | 'deleted' | 'renamed' | 'declared-mismatch';
/** The order of the groups in the text view. */
export const AUDIT_KINDS: AuditKind[] = ['history-unavailable', 'late', 'amended', 'unauthorised', 'deleted', 'renamed', 'declared-mismatch'];
export const AUDIT_RULE: Record<AuditKind, 'HI-1' | 'HI-2' | 'HI-3'> = {
  'history-unavailable': 'HI-1', late: 'HI-1', 'declared-mismatch': 'HI-1', amended: 'HI-2', deleted: 'HI-2', renamed: 'HI-2', unauthorised: 'HI-3',
};

export interface AuditFinding {
  kind: AuditKind;
  rule: 'HI-1' | 'HI-2' | 'HI-3';
  file?: string;
  project?: string;
  month?: string;                  // the ledger's month, for ledger files
  commit?: TrailCommit;            // the commit of the finding (late: the one that added the ledger)
  at?: number;                     // epoch ms: the commit time (late: the arrival)
  date?: string;                   // civil date in the workspace zone (declared dates when not from git)
  // late
  due?: string;
  lateDays?: number;
  source?: 'git' | 'declared';
  // declared-mismatch
  declared?: string;
  days?: number;                   // git date minus declared date
  // amended, unauthorised: the change, to compare field by field
  change?: TrailChange;
  // unauthorised: who may change the project's records
  units?: string[];
  // renamed
  from?: string;
  idChanged?: boolean;
  // deleted
  restored?: boolean;
  // history-unavailable
  reason?: string;
}

export interface AuditFilter { month?: string; since?: string }

export interface AuditResult {
  history: { source: 'git' | 'declared'; reason?: string; head?: string; shallow: boolean; commits: number; complete: boolean };
  findings: AuditFinding[];
  /** HI-3 could not be judged for these projects: none of owner, lead unit and center lists an e-mail */
  unchecked: string[];
}

/** A finding's commit and when it was made, in the workspace zone. */
export function madeBy(c: TrailCommit, z: Zoned): Pick<AuditFinding, 'commit' | 'at' | 'date'> {
  return { commit: c, at: c.at, date: z.date(c.at) };
}
