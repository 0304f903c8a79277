// The audit trail as plain data: every commit that touched the workspace, oldest first, with
// the blob ids before and after each change, so that field-level changes can be computed
// (HI-2) and renames followed. src/history reads it from git in one pass; everything here is
// pure.
import type { CommitFact, FileHistory, HistoryFacts } from '../facts.js';

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

export interface TrailCommit extends CommitFact { changes: TrailChange[] }

export interface Trail {
  /** git: the commits are the whole history up to `head`; otherwise why there is none (or only part) */
  source: 'git' | 'declared';
  reason?: HistoryFacts['reason'];
  head?: string;
  /** a shallow clone: `commits` holds what the clone has, which is not the whole history */
  shallow?: boolean;
  commits: TrailCommit[];    // oldest first
}

export interface TrailEvent { commit: TrailCommit; change: TrailChange; index: number }

/** One file's life, renames followed — the same reading of the log as src/history's parseLog. */
export interface Lineage {
  path: string;
  added?: TrailEvent;
  events: TrailEvent[];      // every event, oldest first, the adding one included
  changes: TrailEvent[];     // after the first add (what FileHistory calls changes)
  deleted?: TrailEvent;
  renamedFrom?: string[];
}

/**
 * Follow every file through the trail, as parseLog does for HistoryFacts: a rename carries the
 * history to the new path (a pure rename, R100, is not a change of content), a re-add after a
 * deletion continues the same history (the first arrival stays the submission, HI-1).
 */
export function lineages(trail: Trail): Map<string, Lineage> {
  const files = new Map<string, Lineage>();
  trail.commits.forEach((commit, index) => {
    for (const change of commit.changes) {
      const ev: TrailEvent = { commit, change, index };
      const { status, path } = change;
      if (status === 'R' || status === 'C') {
        const from = change.from ?? '';
        if (status === 'C') { files.set(path, { path, added: ev, events: [ev], changes: [] }); continue; }
        const prev = files.get(from);
        files.delete(from);
        const h: Lineage = prev
          ? { ...prev, path, events: [...prev.events, ev], renamedFrom: [...(prev.renamedFrom ?? []), from] }
          : { path, added: ev, events: [ev], changes: [] };
        if ((change.score ?? 0) !== 100 && prev) h.changes = [...h.changes, ev];
        delete h.deleted;
        files.set(path, h);
      } else if (status === 'A') {
        const prev = files.get(path);
        if (prev?.deleted) { delete prev.deleted; prev.changes.push(ev); prev.events.push(ev); }
        else if (!prev) files.set(path, { path, added: ev, events: [ev], changes: [] });
        else { prev.changes.push(ev); prev.events.push(ev); }
      } else if (status === 'D') {
        const prev = files.get(path);
        if (prev) { prev.deleted = ev; prev.events.push(ev); }
        else files.set(path, { path, events: [ev], changes: [], deleted: ev });
      } else {
        const prev = files.get(path);
        if (prev) { prev.changes.push(ev); prev.events.push(ev); }
        else files.set(path, { path, events: [ev], changes: [ev] });
      }
    }
  });
  return files;
}

function fact(c: TrailCommit): CommitFact {
  return { commit: c.commit, at: c.at, offset: c.offset, author: c.author, email: c.email, message: c.message };
}

/** HistoryFacts from a trail: what readHistory gives, from the same single pass (HI-1, HI-2). */
export function factsOfTrail(trail: Trail): HistoryFacts {
  if (trail.source !== 'git' || trail.shallow) {
    return { source: 'declared', reason: trail.shallow ? 'shallow' : trail.reason, ...(trail.head ? { head: trail.head } : {}), files: new Map() };
  }
  const files = new Map<string, FileHistory>();
  for (const [path, l] of lineages(trail)) {
    const h: FileHistory = { path, changes: l.changes.map((e) => fact(e.commit)) };
    if (l.added) h.added = fact(l.added.commit);
    if (l.deleted) h.deleted = fact(l.deleted.commit);
    if (l.renamedFrom) h.renamedFrom = l.renamedFrom;
    files.set(path, h);
  }
  return { source: 'git', head: trail.head, files };
}

/**
 * Every event that touched one of `paths`, following renames backwards (like `git log --follow`
 * for each path): a change at the path is taken, and a rename to the path carries the walk on to
 * the path it came from. A rename away from a path is taken too (the commit touched it).
 * Deduplicated, oldest first.
 */
export function eventsOfPaths(trail: Trail, paths: Iterable<string>): TrailEvent[] {
  // every change, indexed by the paths it touches (after and before), so that each walk visits
  // only the commits of its own file, not the whole history
  const byPath = new Map<string, [number, number][]>();
  const add = (p: string, i: number, k: number) => { const l = byPath.get(p); if (l) l.push([i, k]); else byPath.set(p, [[i, k]]); };
  trail.commits.forEach((c, i) => c.changes.forEach((ch, k) => { add(ch.path, i, k); if (ch.from && ch.from !== ch.path) add(ch.from, i, k); }));
  const seen = new Set<string>();
  const out: { ev: TrailEvent; k: number }[] = [];
  const take = (i: number, k: number) => {
    const key = `${i}:${k}`;
    if (seen.has(key)) return;
    seen.add(key);
    const commit = trail.commits[i];
    out.push({ ev: { commit, change: commit.changes[k], index: i }, k });
  };
  for (const start of paths) {
    let current = start;
    let upper = trail.commits.length - 1;
    for (;;) {
      const list = byPath.get(current) ?? [];
      let next: { path: string; upper: number } | null = null;
      for (let x = list.length - 1; x >= 0; x--) {
        const [i, k] = list[x];
        if (i > upper) continue;
        const change = trail.commits[i].changes[k];
        if (change.path === current) {
          take(i, k);
          // a rename to this path: the walk goes on with the path it came from, in older commits
          if (change.status === 'R' && change.from) { next = { path: change.from, upper: i - 1 }; break; }
        } else if (change.status === 'R' && change.from === current) take(i, k);
      }
      if (!next) break;
      current = next.path;
      upper = next.upper;
    }
  }
  return out.sort((a, b) => a.ev.index - b.ev.index || a.k - b.k).map((x) => x.ev);
}

/** Every path the trail knows (after and before each change). */
export function trailPaths(trail: Trail): Set<string> {
  const out = new Set<string>();
  for (const c of trail.commits) for (const ch of c.changes) { out.add(ch.path); if (ch.from) out.add(ch.from); }
  return out;
}
