// The draw of `kzp inspect sample` and `kzp new inspection --seed --size` (AS-3), from the
// values as typed: each is checked with a message that says what is allowed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { CliError, type Io } from '../io/index.js';
import { asWriteFailed } from '../util/index.js';
import { isValidSeed } from './prng.js';
import { draw, withSampling, type Draw } from './sample.js';
import { checkAndWrite, writeOrFail } from './session.js';

export interface DrawFlags { seed?: string; size?: string; population?: string; list?: string }

/** The seed, size and population, checked before the workspace is read. */
export function drawParams(io: Io, o: DrawFlags): { seed: number; size: number; kind: 'projects' | 'units' } {
  const { lang } = io;
  if (!/^\d+$/.test(String(o.seed).trim()) || !isValidSeed(Number(o.seed))) throw new CliError(t('entry.sample.badSeed', { value: o.seed }, lang));
  if (!/^[1-9]\d*$/.test(String(o.size).trim())) throw new CliError(t('entry.sample.badSize', { value: o.size }, lang));
  const kind = o.population ?? 'units';
  if (kind !== 'projects' && kind !== 'units') throw new CliError(t('entry.sample.badPopulation', {}, lang));
  return { seed: Number(o.seed), size: Number(o.size), kind };
}

/** The draw from the workspace: the list must exist, the population be large enough. */
export function checkedDraw(io: Io, m: Model, o: DrawFlags): Draw {
  const { lang } = io;
  const { seed, size, kind } = drawParams(io, o);
  if (o.list && !m.lists.has(o.list)) throw new CliError(t('entry.sample.noList', { id: o.list }, lang));
  const d = draw(m, kind, size, seed, o.list);
  if (!d.population.length) throw new CliError(t('entry.sample.empty', { kind: t(`entry.population.${kind}`, {}, lang) }, lang));
  if (size > d.population.length) throw new CliError(t('entry.sample.tooBig', { size, n: d.population.length }, lang));
  return d;
}

/** Write the draw into an inspection record (its targets and sampling); 1 when the workspace refuses it. */
export function sampleInto(io: Io, root: string, m: Model, id: string, d: Draw): number {
  const { lang } = io;
  const rec = m.inspections.find((x) => x.data.id === id);
  if (!rec) throw new CliError(t('entry.sample.noInspection', { id }, lang), t('entry.sample.noInspection.hint', {}, lang));
  const rel = rec.file.path;
  const original = readFileSync(join(root, rel), 'utf8');
  const old = rec.data.targets;
  const text = withSampling(original, d);
  const { code } = checkAndWrite(io, root, rel, text, { dryRun: true });
  if (code) return code;
  try { writeOrFail(io, join(root, rel), text, original); } catch (e) { throw asWriteFailed(e, join(root, rel)); }
  if (old.length && old.join() !== d.sample.join()) io.err(t('entry.sample.replaced', { path: rel, old }, lang) + '\n');
  io.err(`${io.color.green('✔')} ${t('entry.sample.into', { path: rel }, lang)}\n`);
  return 0;
}
