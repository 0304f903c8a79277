// kzp overdue — every overdue item on the as-of date (LS-3..5, RV-4, DS-1/2, AS-2/5, BG-2).
import { OVERDUE_KINDS, overdue, type OverdueKind } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { overdueJson, overdueText } from '../../render/index.js';
import { CliError, open, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, opts: { unit?: string; project?: string; kind?: string }): Promise<number> {
  if (opts.kind && !OVERDUE_KINDS.includes(opts.kind as OverdueKind)) throw new CliError(t('cli.badFormat', { allowed: OVERDUE_KINDS, value: opts.kind }, ctx.lang).replace('--format', '--kind'));
  const o = await open(ctx);
  const items = overdue(o.snap, { unit: opts.unit, project: opts.project, kind: opts.kind as OverdueKind | undefined });
  ctx.out(ctx.opts.json ? JSON.stringify(overdueJson(o.model, o.asOf, items, ctx.lang), null, 2) + '\n' : overdueText(o.model, o.asOf, items, ctx.lang, ctx.color));
  return 0;
}

export const command = defineCommand({
  name: 'overdue',
  options: [
    { flags: '--unit <unit>', help: 'help.overdue.unit' },
    { flags: '--project <project>', help: 'help.overdue.project' },
    { flags: '--kind <kind>', help: 'help.overdue.kind' },
  ],
  examples: [
    { command: 'kzp overdue --as-of 2023-01-10', help: 'help.overdue.ex1' },
    { command: 'kzp overdue --unit transport-bureau --json', help: 'help.overdue.ex2' },
  ],
  run,
});
