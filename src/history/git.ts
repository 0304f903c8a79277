// Running git: without a shell, paths after `--`, Chinese paths as text, no optional locks
// (a read must never take the repository's index lock from a concurrent git).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t, type Lang } from '../i18n/index.js';

/** A git runner: the real one, or one a test injects. */
export type Git = (args: string[], cwd: string) => string;

export interface GitOptions {
  /** read history as of this commit instead of HEAD (`--at REF`) */
  at?: string;
  /** injectable for tests */
  git?: Git;
}

export const GIT_ENV = (): NodeJS.ProcessEnv => ({ ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' });

export function runGit(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], env: GIT_ENV() });
}

export type GitState = { ok: true; head: string; shallow: boolean; prefix: string } | { ok: false; reason: 'not-a-repository' | 'git-missing' | 'git-failed' | 'git-refused'; detail?: string };

/** The fix git gives for a repository it refuses (`git config --global --add safe.directory …`), else ours. */
export function refusalFix(detail: string | undefined, lang: Lang): string {
  const line = detail?.split('\n').map((l) => l.trim()).find((l) => l.startsWith('git config'));
  return line ?? t('history.refused.fix', {}, lang);
}

/**
 * git refusing a repository it does not trust (`safe.directory`: the checkout belongs to another
 * user, common in CI containers): git's own words — its reason and the fix it gives — else null.
 */
export function refusal(stderr: string | undefined): string | null {
  if (!stderr || !/dubious ownership|unsafe repository|safe\.directory/i.test(stderr)) return null;
  return stderr.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => l.replace(/^fatal:\s*/, '')).join('\n');
}

/** Where the workspace stands in git: not a repository, shallow, or the commit of HEAD. */
export function gitState(root: string, opts: GitOptions = {}): GitState {
  const git = opts.git ?? runGit;
  try {
    // the prefix (the workspace's folder inside the repository; empty at its root) comes first
    const out = git(['rev-parse', '--show-prefix', '--is-shallow-repository', '--verify', '--end-of-options', `${opts.at ?? 'HEAD'}^{commit}`], root).replace(/\n$/, '').split('\n');
    return { ok: true, prefix: out[0], shallow: out[1] === 'true', head: out[2] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') return { ok: false, reason: 'git-missing' };
    const refused = refusal(err.stderr);
    if (refused) return { ok: false, reason: 'git-refused', detail: refused };
    if (/not a git repository/i.test(err.stderr ?? '')) return { ok: false, reason: 'not-a-repository' };
    return { ok: false, reason: /unknown revision|bad revision|Needed a single revision/i.test(err.stderr ?? '') ? 'git-failed' : 'not-a-repository' };
  }
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
  try { fd = openSync(tmp, 'wx', 0o600); } catch { return null; }
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
