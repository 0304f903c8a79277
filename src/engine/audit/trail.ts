// The audit trail as plain data: every commit that touched the workspace, oldest first, with
// the blob ids before and after each change, so that field-level changes can be computed
// (HI-2), and every file's life with its renames followed. src/history reads it from git in one
// pass and follows the renames; everything here is pure.
import type { CommitFact, FileHistory, HistoryFacts } from '../facts.js';
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
  return { commit: c.commit, at: c.at, offset: c.offset, author: c.author, email: c.email, message: c.message };
}

/**
 * HistoryFacts from a trail: the submission facts of every command, from the same single pass
 * (HI-1, HI-2). With `trust`, a ledger whose arrival git cannot vouch for (trust.ts) has no git
 * arrival, and changes before history_since are not counted.
 */
export function factsOfTrail(trail: Trail, trust?: Trust): HistoryFacts {
  if (trail.source !== 'git' || trail.shallow) {
    return { source: 'declared', reason: trail.shallow ? 'shallow' : trail.reason, ...(trail.head ? { head: trail.head } : {}), ...(trail.detail ? { detail: trail.detail } : {}), files: new Map() };
  }
  const files = new Map<string, FileHistory>();
  for (const [path, l] of trail.lineages) {
    const kept = trust ? l.changes.filter((e) => !trust.before(e.commit)) : l.changes;
    const h: FileHistory = { path, changes: kept.map((e) => fact(e.commit)) };
    if (l.added && !trust?.arrivals.has(path)) h.added = fact(l.added.commit);
    if (l.deleted) h.deleted = fact(l.deleted.commit);
    if (l.renamedFrom) h.renamedFrom = l.renamedFrom;
    files.set(path, h);
  }
  return { source: 'git', head: trail.head, files, ...(trust?.note ? { untrusted: trust.note } : {}) };
}

/** Every path the trail knows (after and before each change). */
export function trailPaths(trail: Trail): Set<string> {
  const out = new Set<string>();
  for (const c of trail.commits) for (const ch of c.changes) { out.add(ch.path); if (ch.from) out.add(ch.from); }
  return out;
}
