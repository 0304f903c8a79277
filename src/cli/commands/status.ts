// kzp status [PROJECT] — the annual plan against time progress; one project in detail.
import { status } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { projectDetailText, statusText } from '../../render/index.js';
import { CliError, checkMonthFlag, open, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, opts: { month?: string }, args: string[]): Promise<number> {
  checkMonthFlag(ctx, '--month', opts.month);
  const o = await open(ctx);
  const r = status(o.snap, { month: opts.month });
  const project = args[0];
  if (project) {
    if (!o.model.projects.has(project)) throw new CliError(t('status.unknownProject', { project }, ctx.lang));
    const row = r.rows.find((x) => x.project === project);
    if (ctx.opts.json) ctx.out(JSON.stringify({ asOf: o.asOf, year: r.year, month: r.month, timeProgress: r.timeProgress, project: row ?? null }, null, 2) + '\n');
    else ctx.out(projectDetailText(o.snap, r, row, project, ctx.lang, ctx.color));
    return 0;
  }
  ctx.out(ctx.opts.json ? JSON.stringify({ asOf: o.asOf, ...r }, null, 2) + '\n' : statusText(o.snap, r, ctx.lang, ctx.color, ctx.colorEnabled));
  return 0;
}

export const command = defineCommand({
  name: 'status',
  args: [{ name: 'project', help: 'help.status.project' }],
  options: [{ flags: '--month <month>', help: 'help.status.month' }],
  examples: [
    { command: 'kzp status', help: 'help.status.ex1' },
    { command: 'kzp status KZ-2022-001', help: 'help.status.ex2' },
  ],
  run,
});
