// The few git calls data entry needs. execFile, never a shell; paths always after `--`.
import { execFile } from 'node:child_process';

export interface GitResult { ok: boolean; stdout: string; stderr: string; missing?: boolean }

export function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', env: env ?? process.env, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const missing = !!err && (err as NodeJS.ErrnoException).code === 'ENOENT';
      resolve({ ok: !err, stdout: String(stdout ?? ''), stderr: String(stderr ?? '').trim(), missing });
    });
  });
}

export async function insideRepo(dir: string): Promise<boolean> {
  const r = await git(dir, ['rev-parse', '--is-inside-work-tree']);
  return r.ok && r.stdout.trim() === 'true';
}

/** `git init` for a new workspace, unless it is inside a repository already (the state names the message of `kzp init`). */
export async function initRepository(dir: string): Promise<{ state: 'Existing' | 'Missing' | 'Failed' | 'Init'; message?: string }> {
  if (await insideRepo(dir)) return { state: 'Existing' };
  const r = await git(dir, ['init', '-q']);
  if (r.missing) return { state: 'Missing' };
  if (!r.ok) return { state: 'Failed', message: r.stderr.split('\n')[0] };
  return { state: 'Init' };
}

export async function userEmail(dir: string): Promise<string | null> {
  const r = await git(dir, ['config', 'user.email']);
  const v = r.stdout.trim();
  return r.ok && v ? v : null;
}

/** Commit just one file (staged from the working tree), whatever else is staged or changed. */
export async function commitFile(root: string, rel: string, subject: string, body: string): Promise<GitResult & { commit?: string }> {
  const add = await git(root, ['add', '--', rel]);
  if (!add.ok) return add;
  const c = await git(root, ['commit', '-q', '-m', subject, '-m', body, '--', rel]);
  if (!c.ok) return c;
  const h = await git(root, ['rev-parse', '--short', 'HEAD']);
  return { ...c, commit: h.stdout.trim() };
}
