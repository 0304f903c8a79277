// The audit trail as plain data: every commit that touched the workspace, oldest first, with
// the blob ids before and after each change, so that field-level changes can be computed
// (HI-2), and every file's life with its renames followed. src/history reads it from git in one
// pass and follows the renames; everything here is pure.
import type { CommitFact, FileHistory, HistoryFacts } from '../facts.js';
import { LEDGER_FILE } from './paths.js';
import type { Trust } from './trust.js';

export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T';

export interface TrailChange {
  status: ChangeStatus;
  /** rename/copy similarity, 0..100 (100 = the content did not change) */
  score?: number;
  path: string;              // workspace-relative path after the change (the deleted path for D)
  from?: string;             // R and C: the path before
  oldBlob: string | null;    // null for A
  newBlob: string | null;    // null for D
}

export interface TrailCommit extends CommitFact {
  changes: TrailChange[];
  /** a commit without parents: nothing in git says when its files were written */
  root?: true;
}

export interface Trail {
  /** git: the commits are the whole history up to `head`; otherwise why there is none (or only part) */
  source: 'git' | 'declared';
  reason?: HistoryFacts['reason'];
  /** git's own words when it refused the repository */
  detail?: string;
  head?: string;
  /** a shallow clone: `commits` holds what the clone has, which is not the whole history */
  shallow?: boolean;
  commits: TrailCommit[];    // oldest first
  /** every file's life through `commits`, renames followed, by its last path */
  lineages: Map<string, Lineage>;
}

/** No trail: why the history could not be read. */
export function noTrail(reason: HistoryFacts['reason'], head?: string, detail?: string): Trail {
  return { source: 'declared', reason, ...(head ? { head } : {}), ...(detail ? { detail } : {}), commits: [], lineages: new Map() };
}

export interface TrailEvent { commit: TrailCommit; change: TrailChange; index: number }

/** One file's life, renames followed (src/history's follow.ts). */
export interface Lineage {
  path: string;
  added?: TrailEvent;
  events: TrailEvent[];      // every event, oldest first, the adding one included
  changes: TrailEvent[];     // after the first add (what FileHistory calls changes)
  deleted?: TrailEvent;
  renamedFrom?: string[];
}

function fact(c: TrailCommit): CommitFact {
  const f: CommitFact = { commit: c.commit, at: c.at, offset: c.offset, author: c.author, email: c.email, message: c.message };
  if (c.root) f.root = true;
  return f;
}

/**
 * What the submission facts and HI-1's trust are made from, without the changes' blob ids: every
 * file's life as commit facts, and the first commit that added ledgers. Small enough for the
 * history cache to keep at HEAD (src/history), so that a command run again on the same commit
 * reads no log at all.
 */
export interface TrailSummary {
  source: 'git' | 'declared';
  reason?: HistoryFacts['reason'];
  detail?: string;
  head?: string;
  shallow?: boolean;
  /** every file's life by its last path, renames followed; nothing judged yet (trust.ts) */
  files: Map<string, FileHistory>;
  /** the first commit that added ledgers, and how many months of ledgers it added */
  firstLedgers?: { commit: string; months: number };
}

/** The summary of a trail (one pass over its lineages and, for the first ledgers, its commits). */
export function summaryOf(trail: Trail): TrailSummary {
  const base = { source: trail.source, ...(trail.reason ? { reason: trail.reason } : {}), ...(trail.detail ? { detail: trail.detail } : {}), ...(trail.head ? { head: trail.head } : {}), ...(trail.shallow ? { shallow: true } : {}) };
  const files = new Map<string, FileHistory>();
  const facts = new Map<TrailCommit, CommitFact>();
  const factOf = (c: TrailCommit) => { let f = facts.get(c); if (!f) facts.set(c, (f = fact(c))); return f; };
  for (const [path, l] of trail.lineages) {
    const h: FileHistory = { path, changes: l.changes.map((e) => factOf(e.commit)) };
    if (l.added) h.added = factOf(l.added.commit);
    if (l.deleted) h.deleted = factOf(l.deleted.commit);
    if (l.renamedFrom) h.renamedFrom = l.renamedFrom;
    files.set(path, h);
  }
  for (const c of trail.commits) {
    const months = new Set<string>();
    for (const ch of c.changes) {
      if (ch.status !== 'A' && ch.status !== 'C') continue;
      const m = LEDGER_FILE.exec(ch.path);
      if (m) months.add(m[1]);
    }
    if (months.size) return { ...base, files, firstLedgers: { commit: c.commit, months: months.size } };
  }
  return { ...base, files };
}

/**
 * HistoryFacts from a trail's summary: the submission facts of every command, from the same
 * single pass (HI-1, HI-2). With `trust`, a ledger whose arrival git cannot vouch for (trust.ts)
 * has no git arrival, and changes before history_since are not counted.
 */
export function factsOfTrail(s: TrailSummary, trust?: Trust): HistoryFacts {
  if (s.source !== 'git' || s.shallow) {
    return { source: 'declared', reason: s.shallow ? 'shallow' : s.reason, ...(s.head ? { head: s.head } : {}), ...(s.detail ? { detail: s.detail } : {}), files: new Map() };
  }
  // nothing to judge (no history_since, every arrival vouched for): the summary's own lives
  if (!trust || (!trust.since && !trust.arrivals.size)) return { source: 'git', head: s.head, files: s.files };
  const files = new Map<string, FileHistory>();
  for (const [path, f] of s.files) {
    const h: FileHistory = { path, changes: f.changes.filter((c) => !trust.before(c)) };
    if (f.added && !trust.arrivals.has(path)) h.added = f.added;
    if (f.deleted) h.deleted = f.deleted;
    if (f.renamedFrom) h.renamedFrom = f.renamedFrom;
    files.set(path, h);
  }
  return { source: 'git', head: s.head, files, ...(trust.note ? { untrusted: trust.note } : {}) };
}

/** Every path the trail knows (after and before each change). */
export function trailPaths(trail: Trail): Set<string> {
  const out = new Set<string>();
  for (const c of trail.commits) for (const ch of c.changes) { out.add(ch.path); if (ch.from) out.add(ch.from); }
  return out;
}
