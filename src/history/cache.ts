// The history cache, two files under `.kzp/cache`:
//   history.json        the output of the workspace's `git log` (log.ts) as of one commit, so that
//                       the next run asks git only for the commits since then
//                       (`git log CACHED..HEAD`) and parses the two together, as if it had read
//                       the whole log (the audit, `kzp log`, `--at`);
//   history-facts.json  the trail's summary at that commit (engine's TrailSummary: every file's
//                       life as commit facts), what `overdue`, `report` and every command that
//                       takes submission times need; a run on the same commit reads it and no log.
//
// Each is keyed by the commit it was built at, the workspace's folder inside the repository and the
// form of the log; used only when that commit is HEAD or an ancestor of it — after a rewrite
// (a force-push, a rebase, an amended commit) the whole log is read again — or, for `--at REF`,
// when REF is an ancestor of it (the commits after REF are left out). Never kept for a
// shallow clone (its log is not the whole history). Signed and written atomically like the
// parse cache (G18: trusted only under this user's key, so a committed cache is never read);
// `KZP_CACHE=0` turns it off; safe to delete at any time.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CommitFact, FileHistory, TrailSummary } from '../engine/index.js';
import { CACHE_DIR, readSigned, SignedWriter } from '../workspace/index.js';
import { runGit, type Git } from './git.js';
import { logArgs } from './log.js';

const FILE = 'history.json';
const SUMMARY_FILE = 'history-facts.json';
/** Below this many commits the whole log costs git less than the cache's bookkeeping. */
export const HISTORY_CACHE_MIN_COMMITS = 1000;
/** The form of the log the text was made with: another form is another cache. */
const FORM = createHash('sha1').update(`1\0${logArgs('HEAD', 'p').join('\0')}`).digest('hex').slice(0, 16);

export interface CachedLog { head: string; text: string }

interface Header { form: string; head: string; prefix: string }

const fileOf = (root: string) => join(root, CACHE_DIR, FILE);

/** The cached log of the workspace, if there is one signed with this user's key for this folder and form. */
export function readCachedLog(root: string, prefix: string): CachedLog | null {
  const body = readSigned(fileOf(root));
  if (body === null) return null;
  const nl = body.indexOf('\n');
  if (nl < 0) return null;
  try {
    const h = JSON.parse(body.slice(0, nl)) as Header;
    if (h.form !== FORM || h.prefix !== prefix || !/^[0-9a-f]{40,64}$/.test(h.head)) return null;
    return { head: h.head, text: body.slice(nl + 1) };
  } catch {
    return null;
  }
}

/** Keep the log as of `head`. Never throws: a cache that cannot be written only costs time. */
export function saveCachedLog(root: string, prefix: string, head: string, text: string): void {
  const w = SignedWriter.open(fileOf(root), `${JSON.stringify({ form: FORM, head, prefix } satisfies Header)}\n`);
  if (!w) return;
  w.write(text);
  w.finish();
}

/** Whether `older` is `newer` or one of its ancestors: the cache then still holds the start of the log. */
export function isAncestor(root: string, older: string, newer: string, git: Git = runGit): boolean {
  if (older === newer) return true;
  try { git(['merge-base', '--is-ancestor', older, newer], root); return true; } catch { return false; }
}

/** The cache is off (`KZP_CACHE=0`). */
export const historyCacheOff = (): boolean => process.env.KZP_CACHE === '0';

interface SummaryHeader { form: string; head: string; prefix: string }
/** commit, committer time, zone offset, index into the people, subject, 1 for a root commit */
type CommitRow = [string, number, string, number, string, 0 | 1];
/** path, added, changes, deleted (indexes into the commits; -1: none), earlier paths */
type FileRow = [string, number, number[], number, string[] | null];
interface SummaryBody { people: [string, string][]; commits: CommitRow[]; files: FileRow[]; first: [string, number] | null }

const summaryForm = `${FORM}.s1`;

/** The cached summary of the trail at `head`, if there is one signed with this user's key for this folder. */
export function readCachedSummary(root: string, prefix: string, head: string): TrailSummary | null {
  const body = readSigned(join(root, CACHE_DIR, SUMMARY_FILE));
  if (body === null) return null;
  const nl = body.indexOf('\n');
  if (nl < 0) return null;
  try {
    const h = JSON.parse(body.slice(0, nl)) as SummaryHeader;
    if (h.form !== summaryForm || h.prefix !== prefix || h.head !== head) return null;
    const b = JSON.parse(body.slice(nl + 1)) as SummaryBody;
    const commits = b.commits.map(([commit, at, offset, who, message, root]): CommitFact => {
      const [author, email] = b.people[who];
      const c: CommitFact = { commit, at, offset, author, email, message };
      if (root) c.root = true;
      return c;
    });
    const at = (i: number) => { const c = commits[i]; if (!c) throw new Error('index'); return c; };
    const files = new Map<string, FileHistory>();
    for (const [path, added, changes, deleted, renamedFrom] of b.files) {
      const f: FileHistory = { path, changes: changes.map(at) };
      if (added >= 0) f.added = at(added);
      if (deleted >= 0) f.deleted = at(deleted);
      if (renamedFrom) f.renamedFrom = renamedFrom;
      files.set(path, f);
    }
    return { source: 'git', head, files, ...(b.first ? { firstLedgers: { commit: b.first[0], months: b.first[1] } } : {}) };
  } catch {
    return null;
  }
}

/** Keep the summary of the whole trail at `head`. Never throws. */
export function saveCachedSummary(root: string, prefix: string, head: string, s: TrailSummary): void {
  const index = new Map<CommitFact, number>();
  const people = new Map<string, number>();
  const b: SummaryBody = { people: [], commits: [], files: [], first: s.firstLedgers ? [s.firstLedgers.commit, s.firstLedgers.months] : null };
  const ix = (c: CommitFact | undefined): number => {
    if (!c) return -1;
    let i = index.get(c);
    if (i === undefined) {
      const key = `${c.author}\0${c.email}`;
      let who = people.get(key);
      if (who === undefined) { people.set(key, (who = b.people.length)); b.people.push([c.author, c.email]); }
      index.set(c, (i = b.commits.length));
      b.commits.push([c.commit, c.at, c.offset, who, c.message, c.root ? 1 : 0]);
    }
    return i;
  };
  for (const f of s.files.values()) b.files.push([f.path, ix(f.added), f.changes.map(ix), ix(f.deleted), f.renamedFrom ?? null]);
  const w = SignedWriter.open(join(root, CACHE_DIR, SUMMARY_FILE), `${JSON.stringify({ form: summaryForm, head, prefix } satisfies SummaryHeader)}\n`);
  if (!w) return;
  w.write(JSON.stringify(b));
  w.finish();
}
