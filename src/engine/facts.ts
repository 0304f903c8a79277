// What src/history learns from git, as plain data: the engine's only view of time beyond asOf.
import type { Untrusted } from './audit/index.js';
export interface CommitFact {
  commit: string;
  at: number;            // committer time, epoch ms (HI-1: author times are easy to set by hand)
  offset: string;        // committer's zone offset as recorded, e.g. +0800
  author: string;
  email: string;
  message: string;
  /** a commit without parents: nothing in git says when its files were written (HI-1) */
  root?: true;
}

export interface FileHistory {
  path: string;                // workspace-relative
  added?: CommitFact;          // the first commit that added the file (renames followed)
  changes: CommitFact[];       // every commit that changed it afterwards, oldest first
  deleted?: CommitFact;        // the commit that deleted it, when it no longer exists
  renamedFrom?: string[];      // earlier paths
}

export interface HistoryFacts {
  /** git: times come from commits; declared: from submitted_on (history: declared, --no-git, no repository, shallow clone) */
  source: 'git' | 'declared';
  /** why the declared dates are used */
  reason?: 'config' | 'no-git' | 'not-a-repository' | 'shallow' | 'git-missing' | 'git-failed' | 'git-refused';
  /** git-refused: git's reason and the fix it gives, as git printed them */
  detail?: string;
  head?: string;               // commit id of HEAD, when in git
  /** ledgers whose arrival git cannot vouch for, judged on their declared dates (HI-1) */
  untrusted?: Untrusted;
  files: Map<string, FileHistory>;
}

export const DECLARED: HistoryFacts = { source: 'declared', reason: 'config', files: new Map() };
