// HI-1: arrivals that git cannot vouch for. A repository created or imported after the fact
// brings months of ledgers in one commit — its time is the import's, not any submission's — and
// a root commit has no history before it; `history_since` in kzp.yaml names the date before
// which the repository's times are not the workspace's own. Those ledgers are judged on their
// declared submitted_on, as in a shallow clone, and the command says so once. Pure.
import { civilDate } from '../calendar.js';
import type { CommitFact } from '../facts.js';
import { LEDGER_FILE } from './paths.js';
import type { Trail, TrailCommit } from './trail.js';

/** A first commit that adds ledgers of at least this many months is an import, not a submission. */
export const IMPORT_MONTHS = 3;

export interface Untrusted {
  /** commits that brought ledgers in at once: a root commit, or an import */
  imports: { commit: CommitFact; ledgers: number; root: boolean }[];
  /** history_since: ledgers that arrived before this date (in the workspace zone) */
  since?: { date: string; ledgers: number };
}

export interface TrustSettings { timezone: string; history_since?: string }

/** Whether git's time of a commit can be taken as a submission time (HI-1). */
export interface Trust {
  /** ledger paths (as the trail's lineages name them) whose arrival is not taken from git */
  arrivals: Set<string>;
  /** a commit before history_since: none of its times are the workspace's own */
  before(c: CommitFact): boolean;
  note: Untrusted | undefined;
}

const addsOf = (c: TrailCommit) => c.changes.filter((ch) => (ch.status === 'A' || ch.status === 'C') && LEDGER_FILE.test(ch.path));

export function trustOf(trail: Trail, s: TrustSettings): Trust {
  const since = s.history_since;
  const before = (c: CommitFact) => !!since && civilDate(c.at, s.timezone) < since;
  // the first commit that adds ledgers: months of them at once is an import after the fact
  const first = trail.commits.find((c) => addsOf(c).length > 0);
  const imported = first && new Set(addsOf(first).map((ch) => LEDGER_FILE.exec(ch.path)![1])).size >= IMPORT_MONTHS ? first : undefined;
  const arrivals = new Set<string>();
  const byImport = new Map<TrailCommit, number>();
  let early = 0;
  for (const [path, l] of trail.lineages) {
    const c = l.added?.commit;
    if (!c || !LEDGER_FILE.test(path)) continue;
    if (c.root || c === imported) { byImport.set(c, (byImport.get(c) ?? 0) + 1); arrivals.add(path); }
    else if (before(c)) { early++; arrivals.add(path); }
  }
  const imports = [...byImport].map(([c, n]) => ({ commit: c, ledgers: n, root: !!c.root }));
  const note = imports.length || early ? { imports, ...(since && early ? { since: { date: since, ledgers: early } } : {}) } : undefined;
  return { arrivals, before, note };
}
