// kzp inspect sample's output: the draw as text (one target a line, with its name) or as JSON.
import type { Draw } from '../entry/index.js';
import { t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { shownText } from './safe-text.js';

export function sampleText(m: Model, d: Draw, lang: Lang): string {
  const name = (id: string) => (d.kind === 'projects' ? m.projects.get(id)?.data.name : m.units.get(id)?.data.name) ?? '';
  const list = d.list ? t('entry.sample.ofList', { list: d.list }, lang) : '';
  const head = t('entry.sample.head', { seed: d.seed, n: d.population.length, kind: t(`entry.population.${d.kind}`, {}, lang), list, size: d.size }, lang);
  return [head, ...d.sample.map((id, i) => `${String(i + 1).padStart(3)}. ${id}  ${shownText(name(id))}`)].join('\n') + '\n';
}

export function sampleJson(d: Draw): string {
  const population = { of: d.kind, list: d.list ?? null, size: d.population.length, ids: d.population };
  const algorithm = 'mulberry32 + partial Fisher-Yates over ids sorted by code unit (docs/inspection-sampling.md)';
  return JSON.stringify({ seed: d.seed, population, size: d.size, sample: d.sample, algorithm }, null, 2) + '\n';
}
