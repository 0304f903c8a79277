// kzp score --month M | --quarter Q | --year Y — AS-6 per unit, ranked in peer groups.
import { score, type Period } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { scoreText } from '../../render/index.js';
import { CliError, checkMonthFlag, open, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, opts: { month?: string; quarter?: string; year?: string }): Promise<number> {
  const given = [opts.month, opts.quarter, opts.year].filter((x) => x !== undefined).length;
  if (given !== 1) throw new CliError(t('score.needPeriod', {}, ctx.lang));
  checkMonthFlag(ctx, '--month', opts.month);
  if (opts.quarter !== undefined && !/^\d{4}-Q[1-4]$/.test(opts.quarter)) throw new CliError(t('score.badQuarter', { value: opts.quarter }, ctx.lang));
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) throw new CliError(t('score.badYear', { value: opts.year }, ctx.lang));
  const period: Period = opts.month ? { kind: 'month', id: opts.month } : opts.quarter ? { kind: 'quarter', id: opts.quarter } : { kind: 'year', id: opts.year! };
  const o = await open(ctx);
  const r = score(o.snap, period);
  ctx.out(ctx.opts.json ? JSON.stringify({ asOf: o.asOf, ...r }, null, 2) + '\n' : scoreText(r, o.asOf, ctx.lang, ctx.color, ctx.colorEnabled));
  return 0;
}

export const command = defineCommand({
  name: 'score',
  options: [
    { flags: '--month <month>', help: 'help.score.month' },
    { flags: '--quarter <quarter>', help: 'help.score.quarter' },
    { flags: '--year <year>', help: 'help.score.year' },
  ],
  examples: [
    { command: 'kzp score --quarter 2022-Q4', help: 'help.score.ex1' },
    { command: 'kzp score --year 2022 --json', help: 'help.score.ex2' },
  ],
  run,
});
