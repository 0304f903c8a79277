// The history cache, `.kzp/cache/history.json`: the output of the workspace's `git log` (log.ts)
// as of one commit, so that the next run asks git only for the commits since then
// (`git log CACHED..HEAD`) and parses the two together, as if it had read the whole log.
//
// Keyed by the commit it was built at, the workspace's folder inside the repository and the
// form of the log; used only when that commit is HEAD or an ancestor of it — after a rewrite
// (a force-push, a rebase, an amended commit) the whole log is read again — or, for `--at REF`,
// when REF is an ancestor of it (the commits after REF are left out). Never kept for a
// shallow clone (its log is not the whole history). Signed and written atomically like the
// parse cache (G18: trusted only under this user's key, so a committed cache is never read);
// `KZP_CACHE=0` turns it off; safe to delete at any time.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { CACHE_DIR, readSigned, SignedWriter } from '../workspace/index.js';
import { runGit, type Git } from './git.js';
import { logArgs } from './log.js';

const FILE = 'history.json';
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
