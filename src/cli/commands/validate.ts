// kzp validate [PATHS…] — all diagnostics, in the requested format; exit 1 when the data fails.
import { appendFileSync } from 'node:fs';
import { t } from '../../i18n/index.js';
// the warm path of validate (the verdict printed again) loads no engine, model or schema: the
// diagnostics writer alone, not render/index.js, whose other writers import the engine
import { counts, DIAGNOSTIC_FORMATS, renderDiagnostics, type DiagnosticFormat } from '../../render/diagnostics.js';
import { CliError, type CliContext } from '../errors.js';
import { configError, repoPrefix, rootOf } from '../root.js';
import { selectPaths, selected } from '../validate-paths.js';
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
  let only = selectPaths(ctx, root, paths, v.files.keys(), v.diagnostics);
  if (opts.changed !== undefined && opts.changed !== false) {
    const { changedDiagnostics } = await import('../validate-changed.js');
    const c = changedDiagnostics(ctx, root, typeof opts.changed === 'string' ? opts.changed : null, diagnostics, v.files.size);
    diagnostics = c.diagnostics;
    ctx.err(`kzp: ${c.note}\n`);
  }
  if (only) {
    const keep = only;
    diagnostics = diagnostics.filter((d) => selected(keep, d.file));
  }
  const sel = only;
  const fileCount = sel ? new Set([...v.files.keys(), ...v.diagnostics.map((d) => d.file)].filter((f) => selected(sel, f))).size : v.files.size;
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
