// kzp report monthly [--month M] [--format md|html|docx|json] [-o FILE] — the monthly bulletin (AS-1).
import { bulletin } from '../../engine/index.js';
import { defineCommand } from '../command.js';
import { checkMonthFlag, type CliContext } from '../context.js';
import { emit, formatOf, openMonth, REPORT_FORMATS, type ReportOpts } from '../documents.js';

export async function run(ctx: CliContext, opts: ReportOpts): Promise<number> {
  checkMonthFlag(ctx, '--month', opts.month);
  const format = formatOf(ctx, opts);
  const { o, validation, month } = await openMonth(ctx, opts);
  const doc = { ...bulletin(o.snap, month), validation };
  return emit(ctx, o, doc, format, opts.output, `monthly-${month}`);
}

export const command = defineCommand({
  name: 'report monthly',
  options: [
    { flags: '--month <month>', help: 'help.report-monthly.month' },
    { flags: '--format <format>', help: 'help.report.format', default: 'md', values: REPORT_FORMATS },
    { flags: '-o, --output <file>', help: 'help.report-monthly.output' },
    { flags: '--force', help: 'help.report.force' },
  ],
  examples: [
    { command: 'kzp report monthly', help: 'help.report-monthly.ex1' },
    { command: 'kzp report monthly --month 2022-12 --format docx -o 月度通报-2022-12.docx', help: 'help.report-monthly.ex2' },
  ],
  exits: { 1: 'help.exit.refused' },
  run,
});
