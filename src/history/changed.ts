// `kzp validate --changed [REF]`: the workspace files a change touched, from git.
import { refusal, runGit, type Git } from './git.js';

/** git could not answer: not installed, refusing the repository (`message`: git's words), or failing (git's first line). */
export class GitFailed extends Error {
  constructor(readonly reason: 'git-missing' | 'git-refused' | 'git-failed', message: string) { super(message); }
}

/**
 * Workspace-relative files changed since REF (with untracked ones), or staged when no REF.
 * The ref is resolved first, after --end-of-options, and only its hash reaches `git diff`: a ref
 * named like an option (--output=FILE) cannot become one.
 */
export function changedFiles(root: string, ref: string | null, git: Git = runGit): Set<string> {
  const run = (args: string[]) => {
    try { return git(args, root); }
    catch (e) {
      const err = e as NodeJS.ErrnoException & { stderr?: string };
      if (err.code === 'ENOENT') throw new GitFailed('git-missing', '');
      const refused = refusal(err.stderr);
      if (refused) throw new GitFailed('git-refused', refused);
      throw new GitFailed('git-failed', (err.stderr || String(e)).trim().split('\n')[0]);
    }
  };
  const commit = ref === null ? null : run(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]).trim();
  const names = commit === null
    ? run(['-c', 'core.quotePath=false', 'diff', '--cached', '--name-only', '--relative', '-z', '--diff-filter=ACMR'])
    : run(['-c', 'core.quotePath=false', 'diff', '--name-only', '--relative', '-z', '--diff-filter=ACMR', commit, '--']) +
      '\0' + run(['-c', 'core.quotePath=false', 'ls-files', '--others', '--exclude-standard', '-z', '--', '.']);
  return new Set(names.split('\0').filter(Boolean));
}
