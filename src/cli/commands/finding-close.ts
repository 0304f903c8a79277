// kzp finding close INSPECTION FINDING --on DATE --evidence TEXT — 落实销号 of a finding (AS-5);
// the change itself is src/entry/adjust.ts.
import { closeFinding, type FindingCloseOptions } from '../../entry/index.js';
import { entryWorkspace, refuseAt, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export const command = defineCommand<FindingCloseOptions>({
  name: 'finding close',
  args: [{ name: 'inspection', required: true, help: 'help.finding-close.inspection' }, { name: 'finding', required: true, help: 'help.finding-close.finding' }],
  options: [
    { flags: '--on <date>', help: 'help.finding-close.on' },
    { flags: '--evidence <text>', help: 'help.finding-close.evidence' },
    { flags: '--commit', help: 'help.finding-close.commit' },
  ],
  examples: [{ command: 'kzp finding close 2022-q3-inspection F1 --on 2022-10-25 --evidence "整改报告 开州发改〔2022〕112号"', help: 'help.finding-close.ex1' }],
  exits: { 1: 'help.exit.recordRefused' },
  run(ctx: CliContext, opts: FindingCloseOptions, args: string[]) {
    refuseAt(ctx, 'finding close');
    return closeFinding(ctx, entryWorkspace(ctx), args[0], args[1], opts);
  },
});
