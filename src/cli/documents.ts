// What the documents' commands share (report monthly, report inspection, export excel): the
// validation they refuse bad data with (exit 1) unless --force marks the document, the reporting
// month, and the atomic write of the document.
import { lastCompleteMonth, annualPlan, monthOf } from '../engine/index.js';
import { t } from '../i18n/index.js';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { streamFileAtomic, writeFileAtomic } from '../util/index.js';
import type { ReportDoc, Validation } from '../render/report/index.js';
import { CliError, checkMonthFlag, open, type CliContext, type Opened } from './context.js';
import { validateLoaded } from '../rules/index.js';

// the renderers (and with them handlebars and docx) are loaded only when a report is made
export const REPORT_FORMATS = ['md', 'html', 'docx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `-o -` for a binary document: refused with the fix (a .docx or .xlsx on a terminal is noise). */
export function binaryToStdout(ctx: CliContext, format: string, example: string): CliError {
  return new CliError(t('report.binaryStdout', { format }, ctx.lang), t('report.binaryStdout.hint', { example }, ctx.lang));
}

/**
 * The time a .docx or .xlsx is stamped with: SOURCE_DATE_EPOCH (seconds) when set, as in
 * reproducible builds; else none, and the document takes its issuing date.
 */
export function sourceDateEpoch(ctx: CliContext): number | undefined {
  const v = ctx.env.SOURCE_DATE_EPOCH;
  return v !== undefined && /^\d{1,12}$/.test(v) ? Number(v) : undefined;
}

/**
 * Write a report or workbook relative to the current folder, atomically (src/util/atomic-file.ts:
 * an exclusive temporary file beside it, then a rename), creating its folder. The content is
 * given whole, or streamed by a producer (with `finish` to change the finished file before it
 * is put in place). A full disk or a read-only folder is a WriteFailed, which main.ts tells in
 * one line.
 */
export async function writeOutput(ctx: CliContext, file: string, content: string | Uint8Array | ((out: Writable) => Promise<void>), finish?: (path: string) => void): Promise<string> {
  const abs = resolve(ctx.cwd, file);
  if (typeof content === 'function') await streamFileAtomic(abs, content, { finish });
  else writeFileAtomic(abs, content);
  ctx.err(`${t('report.wrote', { file }, ctx.lang)}\n`);
  return abs;
}

export interface ReportOpts { month?: string; format?: string; output?: string; force?: boolean }

export function formatOf(ctx: CliContext, opts: ReportOpts): ReportFormat {
  const f = ctx.opts.json ? 'json' : opts.format ?? 'md';
  if (!(REPORT_FORMATS as readonly string[]).includes(f)) throw new CliError(t('report.badFormat', { allowed: REPORT_FORMATS.join('|'), value: f }, ctx.lang));
  return f as ReportFormat;
}

/** Validate the loaded data (the same pipeline as `kzp validate`); refuse unless --force. */
export function validated(ctx: CliContext, o: Opened, force: boolean | undefined): Validation {
  const ds = validateLoaded(o, ctx.lang);
  const errors = ds.filter((d) => d.severity === 'error').length;
  const warnings = ds.filter((d) => d.severity === 'warning').length;
  if (errors && !force) throw new CliError(t('report.invalid', { errors }, ctx.lang), t('report.invalid.hint', {}, ctx.lang), 1);
  if (errors) ctx.err(`${ctx.color.red.bold(t('report.forced', { errors }, ctx.lang))}\n`);
  return { ok: errors === 0, errors, warnings, forced: errors > 0 };
}

export async function emit(ctx: CliContext, o: Opened, doc: ReportDoc, format: ReportFormat, output: string | undefined, defaultName: string): Promise<number> {
  const root = o.workspace.root;
  const { renderDocx, renderHtml, renderJson, renderMd, TemplateError } = await import('../render/report/index.js');
  try {
    if (format === 'docx') {
      if (output === '-') throw binaryToStdout(ctx, 'docx', `${defaultName}.docx`);
      const bytes = await renderDocx(root, doc, { epoch: sourceDateEpoch(ctx) });
      await writeOutput(ctx, output ?? `${defaultName}.docx`, bytes);
      return 0;
    }
    const text = format === 'json' ? renderJson(doc) : format === 'html' ? renderHtml(root, doc) : renderMd(root, doc);
    // `-o -` is standard output, as for most command-line tools (not a file named "-")
    if (output && output !== '-') await writeOutput(ctx, output, text); else ctx.out(text);
    return 0;
  } catch (e) {
    if (e instanceof TemplateError) throw new CliError(t('report.templateError', { file: e.file, message: e.message }, ctx.lang), t('report.templateError.hint', {}, ctx.lang));
    throw e;
  }
}

/**
 * What the monthly bulletin and the meeting workbook both start from: the opened workspace, its
 * validation (refused unless --force), and the reporting month, which must be past and have an
 * annual plan.
 */
export async function openMonth(ctx: CliContext, opts: { month?: string; force?: boolean }): Promise<{ o: Opened; validation: Validation; month: string }> {
  checkMonthFlag(ctx, '--month', opts.month);
  const o = await open(ctx);
  const validation = validated(ctx, o, opts.force);
  const month = opts.month ?? lastCompleteMonth(o.asOf);
  if (month > monthOf(o.asOf)) throw new CliError(t('report.futureMonth', { month, asOf: o.asOf }, ctx.lang));
  const year = Number(month.slice(0, 4));
  if (!annualPlan(o.model, year).length) throw new CliError(t('report.noPlan', { year }, ctx.lang), t('report.noPlan.hint', { year }, ctx.lang), 1);
  return { o, validation, month };
}

