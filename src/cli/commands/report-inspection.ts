// kzp report inspection ID [--format md|html|docx|json] [-o FILE] — the 督查通报 of one joint inspection (AS-4).
import { inspectionBulletin } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { defineCommand } from '../command.js';
import { CliError, open, type CliContext } from '../context.js';
import { emit, formatOf, REPORT_FORMATS, validated, type ReportOpts } from '../documents.js';

export async function run(ctx: CliContext, opts: ReportOpts, args: string[]): Promise<number> {
  const format = formatOf(ctx, opts);
  const id = args[0];
  const o = await open(ctx);
  const rec = o.model.inspections.find((i) => i.data.id === id);
  if (!rec) throw new CliError(t('report.noInspection', { id }, ctx.lang), t('report.noInspection.hint', { known: o.model.inspections.map((i) => i.data.id).join(', ') || '—' }, ctx.lang));
  if (rec.data.date > o.asOf) throw new CliError(t('report.inspectionFuture', { id, date: rec.data.date, asOf: o.asOf }, ctx.lang));
  const validation = validated(ctx, o, opts.force);
  const doc = { ...inspectionBulletin(o.snap, id)!, validation };
  return emit(ctx, o, doc, format, opts.output, `inspection-${id}`);
}

export const command = defineCommand({
  name: 'report inspection',
  args: [{ name: 'id', required: true, help: 'help.report-inspection.id' }],
  options: [
    { flags: '--format <format>', help: 'help.report.format', default: 'md', values: REPORT_FORMATS },
    { flags: '-o, --output <file>', help: 'help.report-inspection.output' },
    { flags: '--force', help: 'help.report.force' },
  ],
  examples: [{ command: 'kzp report inspection 2022-q3-inspection --format docx -o 督查通报.docx', help: 'help.report-inspection.ex1' }],
  exits: { 1: 'help.exit.refused' },
  run,
});
