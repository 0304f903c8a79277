// kzp escalations — open problems: level, eligibility (DS-3), due (DS-5), routing (DS-6).
import { escalations } from '../../engine/index.js';
import { escalationsJson, escalationsText } from '../../render/index.js';
import { open, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, opts: { due?: boolean }): Promise<number> {
  const o = await open(ctx);
  const rows = escalations(o.snap, { dueOnly: opts.due });
  ctx.out(ctx.opts.json ? JSON.stringify(escalationsJson(o.asOf, rows), null, 2) + '\n' : escalationsText(o.model, o.asOf, rows, !!opts.due, ctx.lang, ctx.color));
  return 0;
}

export const command = defineCommand({
  name: 'escalations',
  options: [{ flags: '--due', help: 'help.escalations.due' }],
  examples: [{ command: 'kzp escalations --due', help: 'help.escalations.ex1' }],
  run,
});
