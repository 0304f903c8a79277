// Git facts per workspace file, read in ONE `git log` pass (HI-1, HI-2): the commit that
// first added each file (renames followed), the commits that changed it afterwards, and
// deletions. Git runs without a shell, paths after `--`, Chinese paths as text.
import { execFileSync } from 'node:child_process';
import type { CommitFact, FileHistory, HistoryFacts } from '../engine/facts.js';

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
export function gitState(root: string, opts: GitOptions = {}): { ok: true; head: string; shallow: boolean } | { ok: false; reason: 'not-a-repository' | 'git-missing' | 'git-failed' } {
  const git = opts.git ?? runGit;
  try {
    const out = git(['rev-parse', '--is-shallow-repository', '--verify', '--end-of-options', `${opts.at ?? 'HEAD'}^{commit}`], root).trim().split('\n');
    return { ok: true, shallow: out[0] === 'true', head: out[1] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') return { ok: false, reason: 'git-missing' };
    if (/not a git repository/i.test(err.stderr ?? '')) return { ok: false, reason: 'not-a-repository' };
    return { ok: false, reason: /unknown revision|bad revision|Needed a single revision/i.test(err.stderr ?? '') ? 'git-failed' : 'not-a-repository' };
  }
}

/** The history facts of every file under the workspace folder, in one `git log`. */
export function readHistory(root: string, opts: GitOptions = {}): HistoryFacts {
  const git = opts.git ?? runGit;
  const state = gitState(root, opts);
  if (!state.ok) return { source: 'declared', reason: state.reason, files: new Map() };
  if (state.shallow) return { source: 'declared', reason: 'shallow', head: state.head, files: new Map() };
  let out: string;
  try {
    out = git(['-c', 'core.quotePath=false', 'log', '--format=%x1e%H%x1f%ct%x1f%cI%x1f%an%x1f%ae%x1f%s', '-z', '--name-status', '-M', '--reverse', '--relative', '--no-merges', state.head, '--', '.'], root);
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
