// The one place renames are followed: forwards, every file's life from its first arrival to its
// last path (what submission times, amendments and `kzp audit` are judged on), and backwards
// from given paths (what `kzp log` shows, like `git log --follow`). Pure.
import type { Lineage, Trail, TrailCommit, TrailEvent } from '../engine/index.js';

/**
 * Follow every file forwards through the commits (oldest first): a rename carries the history to
 * the new path (a pure rename, R100, is not a change of content), a re-add after a deletion
 * continues the same history (the first arrival stays the submission, HI-1).
 */
export function lineages(commits: TrailCommit[]): Map<string, Lineage> {
  const files = new Map<string, Lineage>();
  commits.forEach((commit, index) => {
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
