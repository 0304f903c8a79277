// What `kzp validate --changed [REF]` compares: the files of the workspace that differ between
// a base commit and the working tree (REF given: everything since REF, untracked files too) or
// the index (no REF: what is staged, against HEAD) — additions, changes, deletions and renames
// alike, each path relative to the workspace folder. The ref is resolved first, after
// --end-of-options, and only its hash reaches `git diff`: a ref named like an option
// (--output=FILE) never becomes one.
import { refusal, runGit } from './git.js';

export interface Change {
  /** the commit the change is measured from; null when there is none yet (a repository without commits) */
  base: string | null;
  /** paths the change adds or modifies, and the new paths of renames */
  touched: Set<string>;
  deleted: string[];
  renamed: [from: string, to: string][];
}

export class ChangedError extends Error {
  constructor(readonly reason: 'git-missing' | 'git-refused' | 'git-failed', readonly detail: string) { super(detail); }
}

export function changedSince(root: string, ref: string | null, git: (args: string[], cwd: string) => string = runGit): Change {
  const run = (args: string[]) => {
    try { return git(args, root); } catch (e) {
      const err = e as NodeJS.ErrnoException & { stderr?: string };
      if (err.code === 'ENOENT') throw new ChangedError('git-missing', 'git');
      const refused = refusal(err.stderr);
      if (refused) throw new ChangedError('git-refused', refused);
      throw new ChangedError('git-failed', (err.stderr || String(e)).trim().split('\n')[0]);
    }
  };
  const resolve = (r: string) => run(['rev-parse', '--verify', '--end-of-options', `${r}^{commit}`]).trim();
  let base: string | null;
  if (ref !== null) base = resolve(ref);
  else { try { base = resolve('HEAD'); } catch (e) { if ((e as ChangedError).reason === 'git-missing') throw e; base = null; } }
  const diff = ['-c', 'core.quotePath=false', 'diff', '--name-status', '--relative', '-z', '-M', '--no-ext-diff'];
  const out = ref === null ? run([...diff, '--cached', ...(base ? [base] : []), '--']) : run([...diff, base!, '--']);
  const c: Change = { base, touched: new Set(), deleted: [], renamed: [] };
  const f = out.split('\0');
  for (let i = 0; i + 1 < f.length; ) {
    const status = f[i++];
    if (!status) continue;
    if (status[0] === 'R' || status[0] === 'C') {
      const from = f[i++], to = f[i++];
      if (status[0] === 'R') { c.renamed.push([from, to]); c.deleted.push(from); }
      c.touched.add(to);
    } else if (status[0] === 'D') c.deleted.push(f[i++]);
    else c.touched.add(f[i++]);
  }
  if (ref !== null) for (const p of run(['-c', 'core.quotePath=false', 'ls-files', '--others', '--exclude-standard', '-z', '--', '.']).split('\0')) if (p) c.touched.add(p);
  return c;
}
