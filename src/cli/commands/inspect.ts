// kzp inspect sample --population units|projects [--list ID] --size K --seed N [--into INSPECTION]
// AS-3: a reproducible random draw of inspection targets. The PRNG and the order are fixed
// and documented (docs/inspection-sampling.md) so that anyone can re-draw it from the seed.
import { t } from '../../i18n/index.js';
import { checkedDraw, drawParams, sampleInto, type DrawFlags } from '../../entry/index.js';
import { sampleJson, sampleText } from '../../render/index.js';
import { refuseAt, CliError, load, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export interface SampleOptions extends DrawFlags { into?: string }

export async function run(ctx: CliContext, opts: SampleOptions): Promise<number> {
  if (opts.into) refuseAt(ctx, 'inspect sample --into');
  const missing = [opts.size === undefined && '--size', opts.seed === undefined && '--seed'].filter(Boolean) as string[];
  if (missing.length) throw new CliError(t('entry.sample.missing', { flags: missing }, ctx.lang), 'kzp inspect sample --population units --size 10 --seed 20240920');
  drawParams(ctx, opts);
  const loaded = load(ctx);
  const m = loaded.model;
  const d = checkedDraw(ctx, m, opts);
  if (ctx.opts.json) ctx.out(sampleJson(d));
  else {
    ctx.out(sampleText(m, d, ctx.lang));
    ctx.err(ctx.color.dim(t('entry.sample.method', {}, ctx.lang)) + '\n');
  }
  return opts.into ? sampleInto(ctx, loaded.workspace.root, m, opts.into, d) : 0;
}

export const command = defineCommand({
  name: 'inspect sample',
  options: [
    { flags: '--population <kind>', help: 'help.inspect-sample.population', default: 'units', values: ['units', 'projects'] },
    { flags: '--list <id>', help: 'help.inspect-sample.list' },
    { flags: '--size <k>', help: 'help.inspect-sample.size' },
    { flags: '--seed <n>', help: 'help.inspect-sample.seed' },
    { flags: '--into <inspection>', help: 'help.inspect-sample.into' },
  ],
  examples: [
    { command: 'kzp inspect sample --population units --size 5 --seed 20240920', help: 'help.inspect-sample.ex1' },
    { command: 'kzp inspect sample --size 3 --seed 7 --into 2022-q3-inspection', help: 'help.inspect-sample.ex2' },
  ],
  exits: { 1: 'help.exit.recordRefused' },
  run,
});
