// kzp validate [PATHS…] — all diagnostics, in the requested format; exit 1 when the data fails.
import { appendFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { t } from '../../i18n/index.js';
import { counts, DIAGNOSTIC_FORMATS, renderDiagnostics, type DiagnosticFormat } from '../../render/index.js';
import { CliError, type CliContext } from '../errors.js';
import { configError, repoPrefix, rootOf } from '../root.js';
import { validateWorkspace, type Validation } from '../validate-workspace.js';
import { defineCommand } from '../command.js';

/** `--at REF`: the workspace as it was at that commit, read from git. */
async function validateAt(ctx: CliContext): Promise<Validation> {
  const [{ load }, { validation }] = await Promise.all([import('../context.js'), import('../validate-core.js')]);
  return validation(load(ctx, { brokenConfig: true }), ctx.lang);
}

export async function run(ctx: CliContext, opts: { format?: string; strict?: boolean; changed?: string | boolean }, paths: string[]): Promise<number> {
  const format = (ctx.opts.json ? 'json' : opts.format ?? 'text') as DiagnosticFormat;
  if (!DIAGNOSTIC_FORMATS.includes(format)) throw new CliError(t('cli.badFormat', { allowed: DIAGNOSTIC_FORMATS, value: format }, ctx.lang));
  // kzp.yaml unreadable: its diagnostics are still printed (CI annotates them), and the exit is 2
  // from disk (with the verdict cache), or with --at from git
  const root = rootOf(ctx);
  const v = ctx.opts.at === undefined ? await validateWorkspace(root, ctx.lang) : await validateAt(ctx);
  let diagnostics = v.diagnostics;
  let only: Set<string> | null = null;
  if (paths.length) {
    only = new Set();
    for (const p of paths) {
      const abs = isAbsolute(p) ? p : resolve(ctx.cwd, p);
      const rel = relative(root, abs).split('\\').join('/');
      if (rel.startsWith('..')) throw new CliError(t('cli.pathNotInWorkspace', { path: p, root }, ctx.lang));
      only.add(rel);
    }
  }
  if (opts.changed !== undefined && opts.changed !== false) {
    const { changedSince } = await import('../history-notes.js');
    const changed = await changedSince(root, typeof opts.changed === 'string' ? opts.changed : null, ctx.lang);
    only = only ? new Set([...only].filter((x) => changed.has(x) || [...changed].some((c) => c.startsWith(x + '/')))) : changed;
  }
  if (only) {
    const keep = only;
    diagnostics = diagnostics.filter((d) => keep.has(d.file) || [...keep].some((k) => d.file.startsWith(k.endsWith('/') ? k : k + '/')));
  }
  const fileCount = only ? only.size : v.files.size;
  const { errors, warnings } = counts(diagnostics);
  // -q: the text report keeps only the errors, and says nothing when there are none
  const shown = ctx.opts.quiet && format === 'text' ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const outp = renderDiagnostics(format, {
    diagnostics: shown, files: v.files, fileCount, lang: ctx.lang, color: ctx.color, prefix: repoPrefix(root), version: ctx.version,
  });
  if (!(ctx.opts.quiet && format === 'text' && !shown.length)) ctx.out(outp.stdout);
  if (outp.stderr) ctx.err(outp.stderr);
  if (outp.summary && ctx.env.GITHUB_STEP_SUMMARY) {
    try { appendFileSync(ctx.env.GITHUB_STEP_SUMMARY, outp.summary); } catch { /* the summary is a courtesy */ }
  }
  if (!v.configReadable) {
    const e = configError(ctx, v.diagnostics);
    ctx.err(`kzp: ${e.message}\n${e.hint ? `  ${t('cli.hint', {}, ctx.lang)}: ${e.hint}\n` : ''}`);
    return 2;
  }
  return errors > 0 || (opts.strict && warnings > 0) ? 1 : 0;
}

export const command = defineCommand({
  name: 'validate',
  args: [{ name: 'paths', variadic: true, help: 'help.validate.paths' }],
  options: [
    { flags: '--format <format>', help: 'help.validate.format', default: 'text', values: DIAGNOSTIC_FORMATS },
    { flags: '--strict', help: 'help.validate.strict' },
    { flags: '--changed [ref]', help: 'help.validate.changed' },
  ],
  examples: [
    { command: 'kzp validate', help: 'help.validate.ex1' },
    { command: 'kzp validate --changed origin/main --strict', help: 'help.validate.ex2' },
  ],
  exits: { 1: 'help.exit.dataFails' },
  run,
});
