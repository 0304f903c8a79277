// HI-1: arrivals that git cannot vouch for. A repository created or imported after the fact
// brings months of ledgers in one commit — its time is the import's, not any submission's — and
// a root commit has no history before it; `history_since` in kzp.yaml names the date before
// which the repository's times are not the workspace's own. Those ledgers are judged on their
// declared submitted_on, as in a shallow clone, and the command says so once. Pure.
import { civilDate } from '../calendar.js';
import type { CommitFact } from '../facts.js';
import { LEDGER_FILE } from './paths.js';
import type { TrailSummary } from './trail.js';

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
  /** history_since, when set (without it `before` is false for every commit) */
  since?: string;
  note: Untrusted | undefined;
}

export function trustOf(t: TrailSummary, s: TrustSettings): Trust {
  const since = s.history_since;
  const before = (c: CommitFact) => !!since && civilDate(c.at, s.timezone) < since;
  // the first commit that adds ledgers: months of them at once is an import after the fact
  const imported = t.firstLedgers && t.firstLedgers.months >= IMPORT_MONTHS ? t.firstLedgers.commit : undefined;
  const arrivals = new Set<string>();
  const byImport = new Map<string, { commit: CommitFact; ledgers: number }>();
  let early = 0;
  for (const [path, f] of t.files) {
    const c = f.added;
    if (!c || !LEDGER_FILE.test(path)) continue;
    if (c.root || c.commit === imported) {
      const i = byImport.get(c.commit);
      if (i) i.ledgers++; else byImport.set(c.commit, { commit: c, ledgers: 1 });
      arrivals.add(path);
    } else if (before(c)) { early++; arrivals.add(path); }
  }
  const imports = [...byImport.values()].map(({ commit, ledgers }) => ({ commit, ledgers, root: !!commit.root }));
  const note = imports.length || early ? { imports, ...(since && early ? { since: { date: since, ledgers: early } } : {}) } : undefined;
  return { arrivals, before, note, ...(since ? { since } : {}) };
}
