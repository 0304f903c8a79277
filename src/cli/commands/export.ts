// kzp export excel [--month M] [-o FILE] — the workbook for the monthly meeting. exceljs is
// loaded only here; the file is streamed to a temporary name beside the target, then renamed.
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { bulletin } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { CliError, type CliContext } from '../context.js';
import { binaryToStdout, openMonth, sourceDateEpoch } from '../documents.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, opts: { month?: string; output?: string; force?: boolean }, args: string[]): Promise<number> {
  if (args[0] !== undefined) throw new CliError(t('cli.usage', { message: `unexpected argument '${args[0]}'` }, ctx.lang));
  if (opts.output === '-') throw binaryToStdout(ctx, 'xlsx', `meeting-${opts.month ?? 'YYYY-MM'}.xlsx`);
  const { o, validation, month } = await openMonth(ctx, opts);
  const { meetingWorkbook } = await import('../../render/excel/meeting.js');
  const { writeWorkbook } = await import('../../render/excel/workbook.js');
  const { stampZip } = await import('../../render/zip-stamp.js');
  const spec = meetingWorkbook(o.snap, bulletin(o.snap, month), validation, { epoch: sourceDateEpoch(ctx) });
  const file = opts.output ?? `meeting-${month}.xlsx`;
  const abs = resolve(ctx.cwd, file);
  const tmp = `${abs}.${process.pid}.tmp`;
  try {
    const stream = createWriteStream(tmp);
    const closed = new Promise<void>((res, rej) => { stream.on('close', () => res()); stream.on('error', rej); });
    await writeWorkbook(spec, stream);
    await closed;
    if (spec.epoch !== undefined) stampZip(tmp, new Date(spec.epoch * 1000));
    renameSync(tmp, abs);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(t('report.writeFailed', { file, message: (e as Error).message }, ctx.lang));
  }
  ctx.err(`${t('report.wrote', { file }, ctx.lang)}\n`);
  return 0;
}

export const command = defineCommand({
  name: 'export excel',
  options: [
    { flags: '--month <month>', help: 'help.export-excel.month' },
    { flags: '-o, --output <file>', help: 'help.export-excel.output' },
    { flags: '--force', help: 'help.export-excel.force' },
  ],
  run,
});
