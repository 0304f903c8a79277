// kzp import excel FILE [--dry-run] [--commit] — a unit's monthly ledgers back from the fill-in
// workbook: every cell checked, all ledgers written or none (src/entry/excel-entry.ts).
import { importExcel } from '../../entry/index.js';
import { entryWorkspace, refuseAt, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

interface Opts { dryRun?: boolean; commit?: boolean }

export const command = defineCommand<Opts>({
  name: 'import excel',
  args: [{ name: 'file', required: true, help: 'help.import-excel.file' }],
  options: [
    { flags: '--dry-run', help: 'help.import-excel.dryRun' },
    { flags: '--commit', help: 'help.import-excel.commit' },
  ],
  examples: [{ command: 'kzp import excel 台账-kz-urban-invest-2022-10.xlsx --commit', help: 'help.import-excel.ex1' }],
  exits: { 1: 'help.exit.importRefused' },
  run(ctx: CliContext, opts: Opts, args: string[]) {
    refuseAt(ctx, 'import excel');
    return importExcel(ctx, entryWorkspace(ctx), args[0], opts);
  },
});
