// kzp list add|remove LIST PROJECT --on DATE --ref 文号 — a list adjustment during the year
// (二(四)2); the change itself is src/entry/adjust.ts.
import { adjustList, type ListAdjustOptions } from '../../entry/index.js';
import { entryWorkspace, refuseAt, type CliContext } from '../context.js';
import { defineCommand, type CommandSpec } from '../command.js';

export function listCommand(op: 'add' | 'remove'): CommandSpec<ListAdjustOptions> {
  return defineCommand<ListAdjustOptions>({
    name: `list ${op}`,
    args: [{ name: 'list', required: true, help: 'help.list-adjust.list' }, { name: 'project', required: true, help: 'help.list-adjust.project' }],
    options: [
      { flags: '--on <date>', help: `help.list-${op}.on` },
      { flags: '--ref <文号>', help: 'help.list-adjust.ref' },
      ...(op === 'add' ? [{ flags: '--planned-investment <万元>', help: 'help.list-add.plannedInvestment' }, { flags: '--target <text>', help: 'help.list-add.target' }] : []),
      { flags: '--commit', help: 'help.list-adjust.commit' },
    ],
    examples: [{ command: `kzp list ${op} annual-2022 KZ-2022-015 --on 2022-06-30 --ref 开州委〔2022〕30号 --commit`, help: `help.list-${op}.ex1` }],
    exits: { 1: 'help.exit.recordRefused' },
    run(ctx: CliContext, opts: ListAdjustOptions, args: string[]) {
      refuseAt(ctx, `list ${op}`);
      return adjustList(ctx, entryWorkspace(ctx), op, args[0], args[1], opts);
    },
  });
}
