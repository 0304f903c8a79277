// Where the workspace is, and the error an unreadable kzp.yaml is. Light (no zod, no model):
// `kzp validate` answers from its verdict cache with nothing more.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { t } from '../i18n/index.js';
import { CONFIG_FILE, findRoot, WorkspaceNotFound, type Diagnostic } from '../workspace/index.js';
import { CliError, type CliContext } from './errors.js';
import { noteVersion } from './version-note.js';

/** The workspace root: `-C DIR` as given, else found upward from the current folder (like git). */
export function rootOf(ctx: CliContext): string {
  try {
    const root = findRoot(ctx.opts.workspace ?? ctx.cwd, ctx.opts.workspace !== undefined);
    noteVersion(ctx, root);
    return root;
  } catch (e) {
    if (e instanceof WorkspaceNotFound) {
      throw new CliError(t(ctx.opts.workspace ? 'cli.noWorkspaceExplicit' : 'cli.noWorkspace', { dir: e.from }, ctx.lang), t('cli.noWorkspace.hint', {}, ctx.lang));
    }
    throw e;
  }
}

/**
 * The workspace's folder inside its git repository (`''` at the root, else ending in `/`): the
 * CI formats give paths from the repository root, where the forges look for them. Found by
 * walking up to the folder that holds `.git` (a folder, or a file in a worktree or submodule),
 * as git does, without starting git; no repository: `''` (paths from the workspace root).
 */
export function repoPrefix(root: string): string {
  let dir = realpathOr(root);
  const start = dir;
  for (;;) {
    if (existsSync(join(dir, '.git'))) {
      const rel = relative(dir, start).split(sep).join('/');
      return rel ? `${rel}/` : '';
    }
    const up = dirname(dir);
    if (up === dir) return '';
    dir = up;
  }
}

function realpathOr(p: string): string {
  try { return realpathSync(p); } catch { return p; }
}

/**
 * kzp.yaml must at least be read, decoded and parsed: without it every rule would run on
 * built-in settings and report false faults. An unreadable kzp.yaml is an environment error
 * (exit 2, CLI.md), naming kzp.yaml:line:col. (Schema faults inside it are data: validate reports them.)
 * The error that an unreadable kzp.yaml is: kzp.yaml:line:col and what is wrong.
 */
export function configError(ctx: CliContext, diagnostics: Diagnostic[]): CliError {
  const d = diagnostics.find((x) => x.file === CONFIG_FILE);
  const where = d ? `${CONFIG_FILE}:${d.line}:${d.column}` : CONFIG_FILE;
  return new CliError(t('cli.configUnusable', { where, message: d?.message ?? t('cli.configMissing', {}, ctx.lang) }, ctx.lang), d?.hint);
}

