// `kzp validate --changed [REF]`: what a change brings, anywhere in the workspace. The whole
// workspace is validated as it is and as it was at the base commit; reported are every
// diagnostic of a file the change touched (so it is never weaker than a full validate on those
// files) and every diagnostic elsewhere that the base did not have (a deleted or renamed unit
// breaks references in files the change never touched). Deletions and renames are changes.
import { t } from '../i18n/index.js';
import { AtError, ChangedError, changedSince, refusalFix, workspaceAt } from '../history/index.js';
import { modelOf } from '../model/index.js';
import { validateLoaded } from '../rules/index.js';
import { readSources, type Diagnostic } from '../workspace/index.js';
import { CliError, type CliContext } from './errors.js';

const keyOf = (d: Diagnostic) => `${d.file}\0${d.rule}\0${d.severity}\0${d.message}`;

/** The diagnostics the change brings, and the line that says what was compared and how much was read. */
export function changedDiagnostics(ctx: CliContext, root: string, ref: string | null, now: Diagnostic[], filesRead: number): { diagnostics: Diagnostic[]; note: string } {
  let c;
  try { c = changedSince(root, ref); } catch (e) {
    if (!(e instanceof ChangedError)) throw e;
    if (e.reason === 'git-missing') throw new CliError(t('validate.changed.gitMissing', {}, ctx.lang));
    if (e.reason === 'git-refused') throw new CliError(t('cli.gitRefused', { detail: e.detail.split('\n')[0] }, ctx.lang), refusalFix(e.detail, ctx.lang));
    throw new CliError(t('cli.gitFailed', { message: e.detail }, ctx.lang));
  }
  // how often each diagnostic was there before: one more of the same is new
  const before = new Map<string, number>();
  for (const d of c.base ? baseDiagnostics(ctx, root, c.base) : []) before.set(keyOf(d), (before.get(keyOf(d)) ?? 0) + 1);
  const diagnostics = now.filter((d) => {
    if (c.touched.has(d.file)) return true;
    const k = keyOf(d), n = before.get(k) ?? 0;
    if (n > 0) { before.set(k, n - 1); return false; }
    return true;
  });
  const note = t('validate.changed.note', {
    base: ref ?? 'HEAD', commit: c.base ? c.base.slice(0, 7) : '-', touched: c.touched.size, deleted: c.deleted.length - c.renamed.length,
    renamed: c.renamed.length, files: filesRead, found: diagnostics.length,
  }, ctx.lang);
  return { diagnostics, note };
}

/** The diagnostics of the workspace at the base commit; none when it had no workspace there. */
function baseDiagnostics(ctx: CliContext, root: string, commit: string): Diagnostic[] {
  try {
    const ws = workspaceAt(root, commit, ctx.lang);
    const loaded = modelOf(readSources(root, ctx.lang, ws.list, ws.read), ctx.lang);
    return [...validateLoaded(loaded, ctx.lang), ...ws.diagnostics];
  } catch (e) {
    if (e instanceof AtError && e.reason === 'no-config') return [];
    throw e;
  }
}
