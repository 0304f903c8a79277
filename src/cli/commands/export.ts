// kzp export excel [--month M] [-o FILE] — the workbook for the monthly meeting. exceljs is
// loaded only here; the file is streamed to a temporary name beside the target, then renamed.
import { bulletin } from '../../engine/index.js';
import type { CliContext } from '../context.js';
import { binaryToStdout, openMonth, sourceDateEpoch, writeOutput } from '../documents.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, opts: { month?: string; output?: string; force?: boolean }): Promise<number> {
  if (opts.output === '-') throw binaryToStdout(ctx, 'xlsx', `meeting-${opts.month ?? 'YYYY-MM'}.xlsx`);
  const { o, validation, month } = await openMonth(ctx, opts);
  const { meetingWorkbook } = await import('../../render/excel/index.js');
  const { writeWorkbook } = await import('../../render/excel/index.js');
  const { stampZip } = await import('../../render/index.js');
  const spec = meetingWorkbook(o.snap, bulletin(o.snap, month), validation, { epoch: sourceDateEpoch(ctx) });
  const stamp = spec.epoch === undefined ? undefined : (path: string) => { stampZip(path, new Date(spec.epoch! * 1000)); };
  await writeOutput(ctx, opts.output ?? `meeting-${month}.xlsx`, (out) => writeWorkbook(spec, out), stamp);
  return 0;
}

export const command = defineCommand({
  name: 'export excel',
  options: [
    { flags: '--month <month>', help: 'help.export-excel.month' },
    { flags: '-o, --output <file>', help: 'help.export-excel.output' },
    { flags: '--force', help: 'help.export-excel.force' },
  ],
  examples: [{ command: 'kzp export excel --month 2022-12 -o 调度会/2022-12.xlsx', help: 'help.export-excel.ex1' }],
  exits: { 1: 'help.exit.refused' },
  run,
});
