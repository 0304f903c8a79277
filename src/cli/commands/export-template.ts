// kzp export template --unit U --month M [-o FILE] — the fill-in workbook of a unit's monthly
// ledgers (src/entry/excel-entry.ts), written atomically.
import { templateWorkbook } from '../../entry/index.js';
import { entryWorkspace, type CliContext } from '../context.js';
import { binaryToStdout, sourceDateEpoch, writeOutput } from '../documents.js';
import { defineCommand } from '../command.js';

interface Opts { unit?: string; month?: string; output?: string }

export const command = defineCommand<Opts>({
  name: 'export template',
  options: [
    { flags: '--unit <unit>', help: 'help.export-template.unit' },
    { flags: '--month <YYYY-MM>', help: 'help.export-template.month' },
    { flags: '-o, --output <file>', help: 'help.export-template.output' },
  ],
  examples: [{ command: 'kzp export template --unit kz-urban-invest --month 2022-10', help: 'help.export-template.ex1' }],
  exits: { 1: 'help.exit.noProjects' },
  async run(ctx: CliContext, opts: Opts) {
    if (opts.output === '-') throw binaryToStdout(ctx, 'xlsx', `台账-${opts.unit ?? 'UNIT'}-${opts.month ?? 'YYYY-MM'}.xlsx`);
    const { bytes, name } = await templateWorkbook(ctx, entryWorkspace(ctx), { ...opts, epoch: sourceDateEpoch(ctx) });
    await writeOutput(ctx, opts.output ?? name, bytes);
    return 0;
  },
});
