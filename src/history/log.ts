// The one reading of `git log` output: every commit's header and the changes it made, from the
// `-z --raw --no-abbrev` form (blob ids before and after each change, renames detected). Every
// command that takes facts from git history reads them through parseLog.
import type { ChangeStatus, TrailChange, TrailCommit } from '../engine/index.js';

const ZERO = /^0+$/;

/** `%P` (the parents) tells a root commit, which no history before it can vouch for. */
const FORMAT = '--format=%x1e%H%x1f%P%x1f%ct%x1f%cI%x1f%an%x1f%ae%x1f%s';

/**
 * The arguments of the one `git log` of a workspace, oldest commit first; `since`: only the
 * commits after it (`since..head`). At the repository's root no pathspec is given (a `-- .`
 * there makes git test every change against it, which doubled its time on M); in a subfolder,
 * paths are relative to it and limited to it.
 */
export function logArgs(head: string, prefix: string, since?: string): string[] {
  const range = since ? `${since}..${head}` : head;
  return ['-c', 'core.quotePath=false', 'log', FORMAT, '-z', '--raw', '--no-abbrev', '-M', '--reverse', '--no-merges', ...(prefix ? ['--relative', range, '--', '.'] : [range])];
}

/** Parse the output of `git log` with logArgs' arguments. */
export function parseLog(out: string): TrailCommit[] {
  const commits: TrailCommit[] = [];
  for (const chunk of out.split('\x1e')) {
    if (!chunk) continue;
    const nul = chunk.indexOf('\0');
    const header = nul < 0 ? chunk : chunk.slice(0, nul);
    const [commit, parents, ct, ci, author, email, ...subject] = header.split('\x1f');
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
    const tc: TrailCommit = {
      commit, at: Number(ct) * 1000, offset: off ? `${off[1]}${off[2]}` : ci?.endsWith('Z') ? '+0000' : '',
      author, email, message: subject.join('\x1f'), changes,
    };
    if (!parents) tc.root = true;
    commits.push(tc);
  }
  return commits;
}
