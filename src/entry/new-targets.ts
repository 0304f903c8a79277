// The targets of a new inspection (AS-3): given with --targets, or drawn at random (--seed,
// --size, --population, --list) as `kzp inspect sample` draws them.
import { t } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { CliError, type Io } from '../io/index.js';
import type { NewOptions } from './new-fields.js';
import { isValidSeed } from './prng.js';
import { checkedDraw } from './sample-draw.js';
import type { Prompter } from './prompts.js';
import { samplingRecord } from './sample.js';
import { applyValue, editText, flowAt } from './yaml-edit.js';

/** targets: given with --targets, or drawn at random (--seed, --size, --population, --list) as `inspect sample` does (AS-3). */
export async function withTargets(ctx: Io, text: string, opts: NewOptions, m: Model, p: Prompter | undefined, date: string): Promise<string> {
  const { lang } = ctx;
  let targets: string[] | undefined;
  let sampling: Record<string, unknown> | undefined;
  let seed = opts.seed, size = opts.size, population = opts.population ?? 'units', list = opts.list;
  if (opts.targets) targets = opts.targets.split(/[,，、\s]+/).filter(Boolean);
  else if (!(seed && size) && p) {
    const mode = await p.select({ message: t('entry.new.ask.targetMode', {}, lang), choices: [{ name: t('entry.new.choice.sample', {}, lang), value: 'sample' }, { name: t('entry.new.choice.list', {}, lang), value: 'list' }] });
    if (mode === 'list') {
      const raw = await p.input({ message: t('entry.new.ask.targets', {}, lang), required: true });
      targets = raw.split(/[,，、\s]+/).filter(Boolean);
    } else {
      population = await p.select({ message: t('entry.new.ask.population', {}, lang), choices: (['units', 'projects'] as const).map((k) => ({ name: t(`entry.population.${k}`, {}, lang), value: k })) });
      const lists = [...m.lists.keys()].sort();
      if (lists.length) {
        const l = await p.select({ message: t('entry.sample.ofList', { list: '…' }, lang), choices: [{ name: t('prompt.choice.allProjects', {}, lang), value: '' }, ...lists.map((id) => ({ name: id, value: id }))] });
        list = l || undefined;
      }
      size = await p.input({ message: t('entry.new.ask.size', {}, lang), required: true, validate: (v) => (/^[1-9]\d*$/.test(v.trim()) ? true : t('entry.sample.badSize', { value: v }, lang)) });
      seed = await p.input({ message: t('entry.new.ask.seed', {}, lang), default: date.replace(/-/g, ''), validate: (v) => (isValidSeed(Number(v)) && /^\d+$/.test(v.trim()) ? true : t('entry.sample.badSeed', { value: v }, lang)) });
    }
  }
  if (!targets) {
    const d = checkedDraw(ctx, m, { seed, size, population, list });
    targets = d.sample;
    sampling = samplingRecord(d);
  }
  const unknown = targets.filter((x) => !m.projects.has(x) && !m.units.has(x));
  if (unknown.length) throw new CliError(t('entry.new.unknownTargets', { ids: unknown }, lang));
  return editText(text, (doc) => {
    const cur = doc.toJS() as Record<string, unknown>;
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(cur)) {
      if (k === 'targets') { if (sampling) next.sampling = sampling; next.targets = targets; }
      else next[k] = v;
    }
    applyValue(doc, next);
    flowAt(doc, 'sampling');
  });
}
