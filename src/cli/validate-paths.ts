// Which files `kzp validate PATH…` reports on. Each path must name something the run checked — a
// record file, kzp.yaml, or a folder holding some — so that a typo, a deleted file or a README
// never comes back as "✔ 1 files": a path kzp did not check is never reported as checked.
import { lstatSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../workspace/index.js';
import { CliError, type CliContext } from './errors.js';

/** The workspace-relative paths (files or folders) the report is limited to; null for the whole workspace. */
export function selectPaths(ctx: CliContext, root: string, paths: string[], read: Iterable<string>, diagnostics: Diagnostic[]): Set<string> | null {
  if (!paths.length) return null;
  const checked = new Set([...read, ...diagnostics.map((d) => d.file)]);
  const only = new Set<string>();
  for (const p of paths) {
    const abs = isAbsolute(p) ? p : resolve(ctx.cwd, p);
    const rel = relative(root, abs).split('\\').join('/');
    if (rel.startsWith('..') || isAbsolute(rel)) throw new CliError(t('cli.pathNotInWorkspace', { path: p, root }, ctx.lang));
    if (!lstatSync(abs, { throwIfNoEntry: false })) throw new CliError(t('validate.pathMissing', { path: p }, ctx.lang), t('validate.pathMissing.hint', {}, ctx.lang));
    if (rel === '') return null;
    if (!checked.has(rel) && !someUnder(checked, rel)) throw new CliError(t('validate.pathNotRecord', { path: p }, ctx.lang), t('validate.pathNotRecord.hint', {}, ctx.lang));
    only.add(rel);
  }
  return only;
}

function someUnder(files: Iterable<string>, folder: string): boolean {
  const under = folder.endsWith('/') ? folder : `${folder}/`;
  for (const f of files) if (f.startsWith(under)) return true;
  return false;
}

/** Whether `file` is one of `only` or in one of its folders. */
export function selected(only: Set<string>, file: string): boolean {
  if (only.has(file)) return true;
  for (const k of only) if (file.startsWith(k.endsWith('/') ? k : `${k}/`)) return true;
  return false;
}
