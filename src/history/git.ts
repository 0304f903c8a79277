// Git facts per workspace file, read in ONE `git log` pass (HI-1, HI-2): the commit that
// first added each file (renames followed), the commits that changed it afterwards, and
// deletions. Git runs without a shell, paths after `--`, Chinese paths as text.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommitFact, FileHistory, HistoryFacts } from '../engine/index.js';

export interface GitOptions {
  /** read history as of this commit instead of HEAD (`--at REF`) */
  at?: string;
  /** injectable for tests */
  git?: (args: string[], cwd: string) => string;
}

export function runGit(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } });
}

/** Where the workspace stands in git: not a repository, shallow, or the commit of HEAD. */
export function gitState(root: string, opts: GitOptions = {}): { ok: true; head: string; shallow: boolean; prefix: string } | { ok: false; reason: 'not-a-repository' | 'git-missing' | 'git-failed' } {
  const git = opts.git ?? runGit;
  try {
    // the prefix (the workspace's folder inside the repository; empty at its root) comes first
    const out = git(['rev-parse', '--show-prefix', '--is-shallow-repository', '--verify', '--end-of-options', `${opts.at ?? 'HEAD'}^{commit}`], root).replace(/\n$/, '').split('\n');
    return { ok: true, prefix: out[0], shallow: out[1] === 'true', head: out[2] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') return { ok: false, reason: 'git-missing' };
    if (/not a git repository/i.test(err.stderr ?? '')) return { ok: false, reason: 'not-a-repository' };
    return { ok: false, reason: /unknown revision|bad revision|Needed a single revision/i.test(err.stderr ?? '') ? 'git-failed' : 'not-a-repository' };
  }
}

const GIT_ENV = () => ({ ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' });

/** At the repository's root no pathspec is needed (it costs git about as much as the log itself). */
function logArgs(head: string, prefix: string): string[] {
  return ['-c', 'core.quotePath=false', 'log', '--format=%x1e%H%x1f%ct%x1f%cI%x1f%an%x1f%ae%x1f%s', '-z', '--name-status', '-M', '--reverse', '--no-merges', ...scope(head, prefix)];
}

/**
 * What a `git log` of the workspace ends with: at the repository's root, only the commit (a
 * `-- .` pathspec there makes git test every change against it, which doubled its time on M);
 * in a subfolder, paths relative to it and limited to it.
 */
export function scope(head: string, prefix: string): string[] {
  return prefix ? ['--relative', head, '--', '.'] : [head];
}

/** A git process running in the background, its output going to a temporary file. */
export interface Background { wait(): Promise<string | null>; cancel(): void }

/**
 * Start git in the background: it runs while kzp reads and checks the workspace, so the two
 * overlap on two cores. git writes to a temporary file (not a pipe, which a busy event loop
 * would not drain), read and removed when it has finished; `wait` gives its output, or null if
 * it failed. Null when no temporary file can be made (the caller then runs git in the foreground).
 */
export function startGit(root: string, args: string[]): Background | null {
  const tmp = join(tmpdir(), `kzp-git-${process.pid}-${randomBytes(4).toString('hex')}`);
  let fd: number;
  try { fd = openSync(tmp, 'w', 0o600); } catch { return null; }
  const child = spawn('git', args, { cwd: root, stdio: ['ignore', fd, 'ignore'], env: GIT_ENV() });
  closeSync(fd);
  const exited = new Promise<number | null>((resolve) => { child.on('close', (code) => resolve(code)); child.on('error', () => resolve(-1)); });
  const clean = () => { try { unlinkSync(tmp); } catch { /* gone */ } };
  return {
    async wait() {
      const code = await exited;
      try { return code === 0 ? readFileSync(tmp, 'utf8') : null; } finally { clean(); }
    },
    cancel() { child.kill(); void exited.then(clean); },
  };
}

export interface PendingHistory {
  /** the facts, once git has finished */
  wait(): Promise<HistoryFacts>;
  /** not needed after all (the workspace says `history: declared`): stop git */
  cancel(): void;
}

/**
 * readHistory, started in the background: the one `git log` runs while kzp reads and checks the
 * workspace, so the two overlap on two cores. git writes to a temporary file (not a pipe, which
 * a busy event loop would not drain), read and removed when it has finished.
 */
export function startHistory(root: string, opts: GitOptions = {}): PendingHistory {
  const ready = (h: HistoryFacts): PendingHistory => ({ wait: async () => h, cancel: () => undefined });
  if (opts.git) return ready(readHistory(root, opts));
  const state = gitState(root, opts);
  if (!state.ok) return ready({ source: 'declared', reason: state.reason, files: new Map() });
  if (state.shallow) return ready({ source: 'declared', reason: 'shallow', head: state.head, files: new Map() });
  const bg = startGit(root, logArgs(state.head, state.prefix));
  if (!bg) return ready(readHistory(root, opts));
  return {
    async wait() {
      const out = await bg.wait();
      return out === null ? { source: 'declared', reason: 'git-failed', head: state.head, files: new Map() } : { source: 'git', head: state.head, files: parseLog(out) };
    },
    cancel: () => bg.cancel(),
  };
}

/** The history facts of every file under the workspace folder, in one `git log`. */
export function readHistory(root: string, opts: GitOptions = {}): HistoryFacts {
  const git = opts.git ?? runGit;
  const state = gitState(root, opts);
  if (!state.ok) return { source: 'declared', reason: state.reason, files: new Map() };
  if (state.shallow) return { source: 'declared', reason: 'shallow', head: state.head, files: new Map() };
  let out: string;
  try {
    out = git(logArgs(state.head, state.prefix), root);
  } catch {
    return { source: 'declared', reason: 'git-failed', head: state.head, files: new Map() };
  }
  return { source: 'git', head: state.head, files: parseLog(out) };
}

/** Parse `git log --format=%x1e… -z --name-status --reverse` output (oldest commit first). */
export function parseLog(out: string): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  for (const chunk of out.split('\x1e')) {
    if (!chunk) continue;
    const nul = chunk.indexOf('\0');
    const header = nul < 0 ? chunk : chunk.slice(0, nul);
    const [commit, ct, ci, author, email, ...subject] = header.split('\x1f');
    const offMatch = /([+-]\d{2}):?(\d{2})$/.exec(ci ?? '');
    const fact: CommitFact = { commit, at: Number(ct) * 1000, offset: offMatch ? `${offMatch[1]}${offMatch[2]}` : ci?.endsWith('Z') ? '+0000' : '', author, email, message: subject.join('\x1f') };
    const tokens = (nul < 0 ? '' : chunk.slice(nul + 1)).replace(/^\n/, '').split('\0');
    for (let i = 0; i < tokens.length; i++) {
      const st = tokens[i];
      if (!st) continue;
      const code = st[0];
      if (code === 'R' || code === 'C') {
        const from = tokens[++i], to = tokens[++i];
        if (code === 'C') { files.set(to, { path: to, added: fact, changes: [] }); continue; }
        const prev = files.get(from);
        files.delete(from);
        const h: FileHistory = prev ? { ...prev, path: to, renamedFrom: [...(prev.renamedFrom ?? []), from] } : { path: to, added: fact, changes: [] };
        if (st !== 'R100') h.changes = [...h.changes, fact];
        delete h.deleted;
        files.set(to, h);
      } else {
        const path = tokens[++i];
        if (path === undefined) break;
        if (code === 'A') {
          const prev = files.get(path);
          // re-added after a deletion: the history goes on (the first arrival stays the submission)
          if (prev?.deleted) { delete prev.deleted; prev.changes.push(fact); }
          else if (!prev) files.set(path, { path, added: fact, changes: [] });
          else prev.changes.push(fact);
        } else if (code === 'D') {
          const prev = files.get(path);
          if (prev) prev.deleted = fact;
          else files.set(path, { path, changes: [], deleted: fact });
        } else {
          const prev = files.get(path);
          if (prev) prev.changes.push(fact);
          else files.set(path, { path, changes: [fact] });
        }
      }
    }
  }
  return files;
}
