// kzp finding add INSPECTION --target T --issue TEXT --assigned-to UNIT --due DATE — a finding
// assigned to a unit with a due date (AS-5); the change itself is src/entry/adjust.ts.
import { addFinding, type FindingAddOptions } from '../../entry/index.js';
import { entryWorkspace, refuseAt, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export const command = defineCommand<FindingAddOptions>({
  name: 'finding add',
  args: [{ name: 'inspection', required: true, help: 'help.finding-close.inspection' }],
  options: [
    { flags: '--target <id>', help: 'help.finding-add.target' },
    { flags: '--issue <text>', help: 'help.finding-add.issue' },
    { flags: '--assigned-to <unit>', help: 'help.finding-add.assignedTo' },
    { flags: '--due <date>', help: 'help.finding-add.due' },
    { flags: '--commit', help: 'help.finding-close.commit' },
  ],
  examples: [{ command: 'kzp finding add 2022-q3-inspection --target KZ-2022-001 --issue 进度台账投资数据与现场不符 --assigned-to kz-urban-invest --due 2022-10-31', help: 'help.finding-add.ex1' }],
  exits: { 1: 'help.exit.recordRefused' },
  run(ctx: CliContext, opts: FindingAddOptions, args: string[]) {
    refuseAt(ctx, 'finding add');
    return addFinding(ctx, entryWorkspace(ctx), args[0], opts);
  },
});
