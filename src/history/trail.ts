// The audit trail from git, each in a fixed number of processes whatever the size of the
// history (HI-1..HI-3, `kzp overdue`, `kzp log`, `kzp audit`, `--at REF`):
//   readTrail  — ONE `git log --raw` pass (log.ts): every commit with the blob ids before and
//                after each change, renames detected and followed (follow.ts); the submission
//                facts of every command are taken from it (readHistory);
//   readBlobs  — ONE `git cat-file --batch` process for any number of blobs;
//   treeAt     — ONE `git ls-tree` of the workspace folder at a commit.
// Paths are workspace-relative (the workspace may be a subfolder of the repository).
import { execFileSync } from 'node:child_process';
import { factsOfTrail, noTrail, summaryOf, type HistoryFacts, type Trail, type TrailSummary } from '../engine/index.js';
import { lineages } from './follow.js';
import { GIT_ENV, gitState, refusal, runGit, startGit, type Git, type GitOptions, type GitState } from './git.js';
import { historyCacheOff, HISTORY_CACHE_MIN_COMMITS, isAncestor, readCachedLog, readCachedSummary, saveCachedLog, saveCachedSummary, type CachedLog } from './cache.js';
import { logArgs, parseLog } from './log.js';

export interface TrailOptions extends GitOptions {
  /** use and keep the history cache (cache.ts) */
  cache?: boolean;
  /** keep a cache only from this many commits (HISTORY_CACHE_MIN_COMMITS) */
  cacheMin?: number;
}

type Ready = Extract<GitState, { ok: true }>;

/**
 * What the log of this run needs from git: nothing (the cache is at HEAD), the commits since the
 * cache, or all; `later`: with `--at` an ancestor of the cached commit, the commits after it,
 * which the cached log holds but the log at `--at` does not.
 */
interface Plan { state: Ready; cached: CachedLog | null; args: string[] | null; cache: boolean; later?: Set<string> }

function plan(root: string, state: Ready, opts: TrailOptions): Plan {
  // a shallow clone's log is not the whole history: neither used from nor kept in a cache
  const cache = !!opts.cache && !state.shallow && !historyCacheOff();
  const cached = cache ? readCachedLog(root, state.prefix) : null;
  if (cached && cached.head === state.head) return { state, cached, args: null, cache };
  if (cached && isAncestor(root, cached.head, state.head, opts.git)) return { state, cached, args: logArgs(state.head, state.prefix, cached.head), cache };
  if (cached && opts.at && isAncestor(root, state.head, cached.head, opts.git)) {
    const later = revList(root, `${state.head}..${cached.head}`, opts.git);
    if (later) return { state, cached, args: null, cache, later };
  }
  return { state, cached: null, args: logArgs(state.head, state.prefix), cache };
}

function revList(root: string, range: string, git: Git = runGit): Set<string> | null {
  try { return new Set(git(['rev-list', range, '--'], root).split('\n').filter(Boolean)); } catch { return null; }
}

/** The trail from the cached start of the log and git's output; a new cache kept when it says more than the old. */
function finish(root: string, p: Plan, out: string | null, opts: TrailOptions): Trail {
  const { state } = p;
  if (out === null) return noTrail('git-failed', state.head);
  const text = p.cached ? p.cached.text + out : out;
  const all = parseLog(text);
  const commits = p.later ? all.filter((c) => !p.later!.has(c.commit)) : all;
  const trail: Trail = { source: 'git', head: state.head, commits, lineages: lineages(commits) };
  if (state.shallow) { trail.reason = 'shallow'; trail.shallow = true; }
  // --at reads an old state: the cache stays at the newest one it had
  if (p.cache && !opts.at && p.cached?.head !== state.head && commits.length >= (opts.cacheMin ?? HISTORY_CACHE_MIN_COMMITS)) saveCachedLog(root, state.prefix, state.head, text);
  return trail;
}

/** Every commit that touched the workspace folder up to HEAD (or `at`), oldest first, in one `git log`. */
export function readTrail(root: string, opts: TrailOptions = {}): Trail {
  const git = opts.git ?? runGit;
  const state = gitState(root, { at: opts.at, git });
  if (!state.ok) return noTrail(state.reason, undefined, state.detail);
  const p = plan(root, state, { ...opts, git });
  let out: string | null = '';
  if (p.args) { try { out = git(p.args, root); } catch { out = null; } }
  return finish(root, p, out, opts);
}

export interface PendingTrail { wait(): Promise<Trail>; cancel(): void }

/** readTrail started in the background (startGit), to run while the workspace is read. */
export function startTrail(root: string, opts: TrailOptions = {}): PendingTrail {
  if (opts.git) return ready(readTrail(root, opts));
  const state = gitState(root, opts);
  if (!state.ok) return ready(noTrail(state.reason, undefined, state.detail));
  return startFrom(root, state, opts);
}

const ready = <T>(v: T): { wait(): Promise<T>; cancel(): void } => ({ wait: async () => v, cancel: () => undefined });

// wait() may be called more than once (site takes the summary and the trail from one read): the
// trail is made once, and git's output file is read once
function startFrom(root: string, state: Ready, opts: TrailOptions): PendingTrail {
  const p = plan(root, state, opts);
  let made: Promise<Trail> | undefined;
  if (!p.args) return { wait: () => (made ??= Promise.resolve().then(() => finish(root, p, '', opts))), cancel: () => undefined };
  const bg = startGit(root, p.args);
  if (!bg) return ready(readTrail(root, opts));
  return { wait: () => (made ??= bg.wait().then((out) => finish(root, p, out, opts))), cancel: () => bg.cancel() };
}

export interface PendingSummary { wait(): Promise<TrailSummary>; cancel(): void }

/**
 * The trail's summary (what submission times are taken from), in the background: from the
 * history cache when it was kept at this very commit (no `git log` at all), else from the trail,
 * whose summary is then kept for the next run.
 */
export function startSummary(root: string, opts: TrailOptions = {}): PendingSummary {
  const state = gitState(root, { at: opts.at, git: opts.git });
  if (!state.ok) return ready(summaryOf(noTrail(state.reason, undefined, state.detail)));
  const cache = !!opts.cache && !state.shallow && !historyCacheOff();
  const cached = cache ? readCachedSummary(root, state.prefix, state.head) : null;
  if (cached) return ready(cached);
  const keep = (trail: Trail): TrailSummary => {
    const s = summaryOf(trail);
    // --at reads an old state: the cache stays at the newest one it had
    if (cache && !opts.at && trail.source === 'git' && !trail.shallow && trail.commits.length >= (opts.cacheMin ?? HISTORY_CACHE_MIN_COMMITS)) saveCachedSummary(root, state.prefix, state.head, s);
    return s;
  };
  if (opts.git) return ready(keep(readTrail(root, opts)));
  const p = startFrom(root, state, opts);
  return { wait: async () => keep(await p.wait()), cancel: () => p.cancel() };
}

/** The summary of a trail already being read: a command that needs both runs one `git log`. */
export function summaryFrom(trail: PendingTrail): PendingSummary {
  return { wait: async () => summaryOf(await trail.wait()), cancel: () => trail.cancel() };
}

/** The submission facts of every file under the workspace folder, from the one `git log`. */
export function readHistory(root: string, opts: TrailOptions = {}): HistoryFacts {
  return factsOfTrail(summaryOf(readTrail(root, opts)));
}

/** The contents of many blobs through ONE `git cat-file --batch` process. Missing ids are left out. */
export function readBlobs(root: string, oids: Iterable<string>): Map<string, Uint8Array> {
  const want = [...new Set([...oids].filter((o) => /^[0-9a-f]{7,64}$/.test(o)))];
  const out = new Map<string, Uint8Array>();
  if (!want.length) return out;
  const buf = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: want.join('\n') + '\n', maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'], env: GIT_ENV() });
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
  | { ok: false; reason: 'not-a-repository' | 'git-missing' | 'git-refused' | 'bad-ref'; detail?: string };

/** A REF → the commit it names and its committer time, or why not. */
export function resolveCommit(root: string, ref: string, git: Git = runGit): ResolveResult {
  try {
    git(['rev-parse', '--git-dir'], root);
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    const refused = refusal(err.stderr);
    if (refused) return { ok: false, reason: 'git-refused', detail: refused };
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
export function treeAt(root: string, commit: string, git: Git = runGit): TreeEntry[] {
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
