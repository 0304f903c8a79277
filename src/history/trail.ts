// The audit trail from git, each in a fixed number of processes whatever the size of the
// history (HI-1..HI-3, `kzp log`, `kzp audit`, `--at REF`):
//   readTrail  — ONE `git log --raw` pass: every commit with the blob ids before and after
//                each change, renames detected;
//   readBlobs  — ONE `git cat-file --batch` process for any number of blobs;
//   treeAt     — ONE `git ls-tree` of the workspace folder at a commit.
// Git runs without a shell, paths are workspace-relative (the workspace may be a subfolder of
// the repository), Chinese names come through as text (core.quotePath=false, -z).
import { execFileSync } from 'node:child_process';
import type { ChangeStatus, Trail, TrailChange, TrailCommit } from '../engine/index.js';
import { gitState, runGit, scope, startGit } from './git.js';

const ENV = () => ({ ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' });
const ZERO = /^0+$/;

export interface TrailOptions {
  at?: string;
  git?: (args: string[], cwd: string) => string;
}

const trailArgs = (head: string, prefix: string) =>
  ['-c', 'core.quotePath=false', 'log', '--format=%x1e%H%x1f%ct%x1f%cI%x1f%an%x1f%ae%x1f%s', '-z', '--raw', '--no-abbrev', '-M', '--reverse', '--no-merges', ...scope(head, prefix)];

function trailOf(state: { head: string; shallow: boolean }, out: string | null): Trail {
  if (out === null) return { source: 'declared', reason: 'git-failed', head: state.head, commits: [] };
  const commits = parseRawLog(out);
  return state.shallow ? { source: 'git', reason: 'shallow', shallow: true, head: state.head, commits } : { source: 'git', head: state.head, commits };
}

/** Every commit that touched the workspace folder up to HEAD (or `at`), oldest first, in one `git log`. */
export function readTrail(root: string, opts: TrailOptions = {}): Trail {
  const git = opts.git ?? runGit;
  const state = gitState(root, { at: opts.at, git });
  if (!state.ok) return { source: 'declared', reason: state.reason, commits: [] };
  let out: string | null;
  try { out = git(trailArgs(state.head, state.prefix), root); } catch { out = null; }
  return trailOf(state, out);
}

/** readTrail started in the background (startGit), to run while the workspace is read. */
export function startTrail(root: string, opts: { at?: string } = {}): { wait(): Promise<Trail>; cancel(): void } {
  const state = gitState(root, { at: opts.at });
  if (!state.ok) return { wait: async () => ({ source: 'declared', reason: state.reason, commits: [] }), cancel: () => undefined };
  const bg = startGit(root, trailArgs(state.head, state.prefix));
  if (!bg) { const t = readTrail(root, opts); return { wait: async () => t, cancel: () => undefined }; }
  return { wait: async () => trailOf(state, await bg.wait()), cancel: () => bg.cancel() };
}

/** Parse `git log --format=%x1e%H%x1f%ct%x1f%cI%x1f%an%x1f%ae%x1f%s -z --raw --no-abbrev`. */
export function parseRawLog(out: string): TrailCommit[] {
  const commits: TrailCommit[] = [];
  for (const chunk of out.split('\x1e')) {
    if (!chunk) continue;
    const nul = chunk.indexOf('\0');
    const header = nul < 0 ? chunk : chunk.slice(0, nul);
    const [commit, ct, ci, author, email, ...subject] = header.split('\x1f');
    const off = /([+-]\d{2}):?(\d{2})$/.exec(ci ?? '');
    const changes: TrailChange[] = [];
    const tokens = (nul < 0 ? '' : chunk.slice(nul + 1)).replace(/^\n/, '').split('\0');
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i].replace(/^\n/, '');
      if (!meta.startsWith(':')) continue;
      // :100644 100644 <old> <new> M
      const [, , oldBlob, newBlob, st] = meta.slice(1).split(' ');
      const status = (st?.[0] ?? 'M') as ChangeStatus;
      const score = st && st.length > 1 ? Number(st.slice(1)) : undefined;
      const c: TrailChange = { status, path: '', oldBlob: ZERO.test(oldBlob ?? '') ? null : oldBlob, newBlob: ZERO.test(newBlob ?? '') ? null : newBlob };
      if (score !== undefined && !Number.isNaN(score)) c.score = score;
      if (status === 'R' || status === 'C') { c.from = tokens[++i]; c.path = tokens[++i]; }
      else c.path = tokens[++i];
      if (c.path === undefined) break;
      changes.push(c);
    }
    commits.push({
      commit, at: Number(ct) * 1000, offset: off ? `${off[1]}${off[2]}` : ci?.endsWith('Z') ? '+0000' : '',
      author, email, message: subject.join('\x1f'), changes,
    });
  }
  return commits;
}

export type BlobReader = (oids: string[]) => Map<string, Uint8Array>;

/** The contents of many blobs through ONE `git cat-file --batch` process. Missing ids are left out. */
export function readBlobs(root: string, oids: Iterable<string>): Map<string, Uint8Array> {
  const want = [...new Set([...oids].filter((o) => /^[0-9a-f]{7,64}$/.test(o)))];
  const out = new Map<string, Uint8Array>();
  if (!want.length) return out;
  const buf = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: want.join('\n') + '\n', maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'], env: ENV() });
  return parseBatch(buf, out);
}

/** Parse `git cat-file --batch` output: `<oid> <type> <size>\n<bytes>\n` or `<oid> missing\n`. */
export function parseBatch(buf: Buffer, out = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8').split(' ');
    pos = nl + 1;
    if (header.length < 3) continue; // "<oid> missing" / "ambiguous"
    const size = Number(header[2]);
    if (header[1] === 'blob') out.set(header[0], buf.subarray(pos, pos + size));
    pos += size + 1;
  }
  return out;
}

export interface TreeEntry { path: string; mode: string; type: string; oid: string; size: number | null }

export type ResolveResult =
  | { ok: true; commit: string; at: number }
  | { ok: false; reason: 'not-a-repository' | 'git-missing' | 'bad-ref' };

/** A REF → the commit it names and its committer time, or why not. */
export function resolveCommit(root: string, ref: string, git: (args: string[], cwd: string) => string = runGit): ResolveResult {
  try {
    git(['rev-parse', '--git-dir'], root);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === 'ENOENT' ? 'git-missing' : 'not-a-repository' };
  }
  try {
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root).trim();
    const ct = git(['show', '-s', '--format=%ct', commit, '--'], root).trim();
    return { ok: true, commit, at: Number(ct) * 1000 };
  } catch {
    return { ok: false, reason: 'bad-ref' };
  }
}

/** Every file of the workspace folder at a commit, workspace-relative, in one `git ls-tree`. */
export function treeAt(root: string, commit: string, git: (args: string[], cwd: string) => string = runGit): TreeEntry[] {
  const out = git(['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '-l', commit], root);
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
    entries.push({ mode, type, oid, size: size === '-' || size === undefined ? null : Number(size), path: rec.slice(tab + 1) });
  }
  return entries;
}
