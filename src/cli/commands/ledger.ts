// kzp ledger add — one project's monthly ledger (LS-4, LS-5). The flow is src/entry/ledger-add.ts;
// this module reads the flags and the workspace.
import { defaultDeps, ledgerAdd as addLedger, type EntryDeps, type LedgerOptions } from '../../entry/index.js';
import { checkDateFlag, checkMonthFlag, entryWorkspace, refuseAt, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export type { LedgerOptions };

export async function run(ctx: CliContext, opts: LedgerOptions): Promise<number> {
  refuseAt(ctx, 'ledger add');
  return ledgerAdd(ctx, opts, defaultDeps(ctx));
}

export function ledgerAdd(ctx: CliContext, opts: LedgerOptions, deps: EntryDeps): Promise<number> {
  checkMonthFlag(ctx, '--month', opts.month);
  checkDateFlag(ctx, '--submitted-on', opts.submittedOn);
  return addLedger(ctx, entryWorkspace(ctx), opts, deps);
}

export const command = defineCommand({
  name: 'ledger add',
  options: [
    { flags: '--project <id>', help: 'help.ledger-add.project' },
    { flags: '--month <YYYY-MM>', help: 'help.ledger-add.month' },
    { flags: '--from <file>', help: 'help.ledger-add.from' },
    { flags: '--amend', help: 'help.ledger-add.amend' },
    { flags: '--commit', help: 'help.ledger-add.commit' },
    { flags: '--invested <万元>', help: 'help.ledger-add.invested' },
    { flags: '--stage <stage>', help: 'help.ledger-add.stage' },
    { flags: '--physical <text>', help: 'help.ledger-add.physical' },
    { flags: '--percent <n>', help: 'help.ledger-add.percent' },
    { flags: '--reporter <person>', help: 'help.ledger-add.reporter' },
    { flags: '--submitted-on <date>', help: 'help.ledger-add.submittedOn' },
    { flags: '--resolve <P1[:DATE]>', help: 'help.ledger-add.resolve', repeatable: true },
    { flags: '--done <C3[:DATE]>', help: 'help.ledger-add.done', repeatable: true },
    { flags: '--problem <CATEGORY:TITLE[@DUE]>', help: 'help.ledger-add.problem', repeatable: true },
    { flags: '-y, --yes', help: 'help.ledger-add.yes' },
  ],
  examples: [
    { command: 'kzp ledger add', help: 'help.ledger-add.ex1' },
    { command: 'kzp ledger add --project KZ-2022-001 --month 2022-10 --from ledger.yaml --commit', help: 'help.ledger-add.ex2' },
  ],
  exits: { 1: 'help.exit.recordRefused', 130: 'help.exit.cancelled' },
  run,
});
