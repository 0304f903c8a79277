// kzp inspect sample --population projects|units [--list ID] --size K --seed N [--into INSPECTION]
// AS-3: a reproducible random draw of inspection targets. The PRNG and the order are fixed
// and documented (docs/inspection-sampling.md) so that anyone can re-draw it from the seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../i18n/index.js';
import { draw, isValidSeed, withSampling } from '../../entry/index.js';
import { sampleJson, sampleText } from '../../render/index.js';
import { checkAndWrite, writeOrFail } from '../../entry/index.js';
import { refuseAt, CliError, load, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';
import { asWriteFailed } from '../../util/index.js';

export interface SampleOptions { population?: string; list?: string; size?: string; seed?: string; into?: string }

export async function run(ctx: CliContext, opts: SampleOptions): Promise<number> {
  if (opts.into) refuseAt(ctx, 'inspect sample --into');
  const { lang } = ctx;
  const missing = [opts.size === undefined && '--size', opts.seed === undefined && '--seed'].filter(Boolean) as string[];
  if (missing.length) throw new CliError(t('entry.sample.missing', { flags: missing }, lang), 'kzp inspect sample --population projects --size 10 --seed 20240920');
  const seed = Number(opts.seed);
  if (!/^\d+$/.test(opts.seed!.trim()) || !isValidSeed(seed)) throw new CliError(t('entry.sample.badSeed', { value: opts.seed }, lang));
  if (!/^[1-9]\d*$/.test(opts.size!.trim())) throw new CliError(t('entry.sample.badSize', { value: opts.size }, lang));
  const size = Number(opts.size);
  const kind = opts.population ?? 'projects';
  if (kind !== 'projects' && kind !== 'units') throw new CliError(t('entry.sample.badPopulation', {}, lang));
  const loaded = load(ctx);
  const m = loaded.model;
  if (opts.list && !m.lists.has(opts.list)) throw new CliError(t('entry.sample.noList', { id: opts.list }, lang));
  const d = draw(m, kind, size, seed, opts.list);
  if (!d.population.length) throw new CliError(t('entry.sample.empty', { kind: t(`entry.population.${kind}`, {}, lang) }, lang));
  if (size > d.population.length) throw new CliError(t('entry.sample.tooBig', { size, n: d.population.length }, lang));

  if (ctx.opts.json) ctx.out(sampleJson(d));
  else {
    ctx.out(sampleText(m, d, lang));
    ctx.err(ctx.color.dim(t('entry.sample.method', {}, lang)) + '\n');
  }
  if (!opts.into) return 0;

  const root = loaded.workspace.root;
  const rec = m.inspections.find((x) => x.data.id === opts.into);
  if (!rec) throw new CliError(t('entry.sample.noInspection', { id: opts.into }, lang), t('entry.sample.noInspection.hint', {}, lang));
  const rel = rec.file.path;
  const original = readFileSync(join(root, rel), 'utf8');
  const old = rec.data.targets;
  const text = withSampling(original, d);
  const { code } = checkAndWrite(ctx, root, rel, text, { dryRun: true });
  if (code) return code;
  try { writeOrFail(ctx, join(root, rel), text, original); } catch (e) { throw asWriteFailed(e, join(root, rel)); }
  if (old.length && old.join() !== d.sample.join()) ctx.err(t('entry.sample.replaced', { path: rel, old }, lang) + '\n');
  ctx.err(`${ctx.color.green('✔')} ${t('entry.sample.into', { path: rel }, lang)}\n`);
  return 0;
}

export const command = defineCommand({
  name: 'inspect sample',
  options: [
    { flags: '--population <kind>', help: 'help.inspect-sample.population', default: 'projects', values: ['projects', 'units'] },
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
