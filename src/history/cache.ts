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
import { CACHE_DIR, readSigned, readSignedBytes, SignedWriter } from '../workspace/index.js';
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

// The summary's body is three lines, each made to be read with as little work as it can be:
//   1. every text that may not be ASCII, as JSON: the people, the zone offsets, each commit's
//      subject, each file's path and the earlier paths of the renamed ones;
//   2. every number, as one flat JSON array: a commit is [time (ms), offset, person, root],
//      a file [added, deleted, n, then its n changes] (indexes into the commits; -1: none);
//   3. every commit's id, one after the other (all of one length), read as one string and sliced.
// The numbers and the ids are ASCII and decoded as latin1 (a one-byte string, which JSON.parse
// reads faster than the two-byte string that one Chinese subject makes of a whole file).
interface SummaryText { people: [string, string][]; offsets: string[]; messages: string[]; paths: string[]; renamed: [number, string[]][]; idLength: number; first: [string, number] | null }

const summaryForm = `${FORM}.s2`;

/** The cached summary of the trail at `head`, if there is one signed with this user's key for this folder. */
export function readCachedSummary(root: string, prefix: string, head: string): TrailSummary | null {
  const body = readSignedBytes(join(root, CACHE_DIR, SUMMARY_FILE));
  if (body === null) return null;
  const nl0 = body.indexOf(10), nl1 = body.indexOf(10, nl0 + 1), nl2 = body.indexOf(10, nl1 + 1);
  if (nl0 < 0 || nl1 < 0 || nl2 < 0) return null;
  try {
    const h = JSON.parse(body.toString('utf8', 0, nl0)) as SummaryHeader;
    if (h.form !== summaryForm || h.prefix !== prefix || h.head !== head) return null;
    const t = JSON.parse(body.toString('utf8', nl0 + 1, nl1)) as SummaryText;
    const n = JSON.parse(body.toString('latin1', nl1 + 1, nl2)) as number[];
    const ids = body.toString('latin1', nl2 + 1);
    const count = t.messages.length, w = t.idLength;
    if (ids.length !== count * w) return null;
    const commits: CommitFact[] = new Array(count);
    let k = 0;
    for (let i = 0; i < count; i++, k += 4) {
      const [author, email] = t.people[n[k + 2]];
      const c: CommitFact = { commit: ids.slice(i * w, i * w + w), at: n[k], offset: t.offsets[n[k + 1]], author, email, message: t.messages[i] };
      if (n[k + 3]) c.root = true;
      commits[i] = c;
    }
    const at = (i: number) => { const c = commits[i]; if (!c) throw new Error('index'); return c; };
    const renamed = new Map(t.renamed);
    const files = new Map<string, FileHistory>();
    for (let i = 0; i < t.paths.length; i++) {
      const path = t.paths[i], added = n[k], deleted = n[k + 1], m = n[k + 2];
      k += 3;
      const changes: CommitFact[] = new Array(m);
      for (let j = 0; j < m; j++) changes[j] = at(n[k + j]);
      k += m;
      const f: FileHistory = { path, changes };
      if (added >= 0) f.added = at(added);
      if (deleted >= 0) f.deleted = at(deleted);
      const from = renamed.get(i);
      if (from) f.renamedFrom = from;
      files.set(path, f);
    }
    if (k !== n.length) return null;
    return { source: 'git', head, files, ...(t.first ? { firstLedgers: { commit: t.first[0], months: t.first[1] } } : {}) };
  } catch {
    return null;
  }
}

/** Keep the summary of the whole trail at `head`. Never throws. */
export function saveCachedSummary(root: string, prefix: string, head: string, s: TrailSummary): void {
  const index = new Map<CommitFact, number>();
  const people = new Map<string, number>();
  const offsets = new Map<string, number>();
  const t: SummaryText = { people: [], offsets: [], messages: [], paths: [], renamed: [], idLength: head.length, first: s.firstLedgers ? [s.firstLedgers.commit, s.firstLedgers.months] : null };
  const commitNumbers: number[] = [];
  const ids: string[] = [];
  const ix = (c: CommitFact | undefined): number => {
    if (!c) return -1;
    let i = index.get(c);
    if (i === undefined) {
      const key = `${c.author}\0${c.email}`;
      let who = people.get(key);
      if (who === undefined) { people.set(key, (who = t.people.length)); t.people.push([c.author, c.email]); }
      let off = offsets.get(c.offset);
      if (off === undefined) { offsets.set(c.offset, (off = t.offsets.length)); t.offsets.push(c.offset); }
      index.set(c, (i = t.messages.length));
      t.messages.push(c.message);
      ids.push(c.commit);
      commitNumbers.push(c.at, off, who, c.root ? 1 : 0);
    }
    return i;
  };
  const fileNumbers: number[] = [];
  for (const f of s.files.values()) {
    if (f.renamedFrom) t.renamed.push([t.paths.length, f.renamedFrom]);
    t.paths.push(f.path);
    fileNumbers.push(ix(f.added), ix(f.deleted), f.changes.length, ...f.changes.map(ix));
  }
  // a commit id of another length (a repository of both hashes, in a test's fake history) has no place in line 3
  if (ids.some((id) => id.length !== t.idLength)) return;
  const w = SignedWriter.open(join(root, CACHE_DIR, SUMMARY_FILE), `${JSON.stringify({ form: summaryForm, head, prefix } satisfies SummaryHeader)}\n`);
  if (!w) return;
  w.write(`${JSON.stringify(t)}\n${JSON.stringify([...commitNumbers, ...fileNumbers])}\n`);
  w.write(ids.join(''));
  w.finish();
}
