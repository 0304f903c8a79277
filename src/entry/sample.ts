// AS-3: the population an inspection draws from — "督查对象在项目牵头责任单位、项目业主中全覆盖或随机抽选".
// projects: every project, or those on one list; units: the owners and lead units of those projects.
import type { Model } from '../model/index.js';
import { drawSample } from './prng.js';
import { applyValue, editText, flowAt } from './yaml-edit.js';

export type PopulationKind = 'projects' | 'units';

export function populationOf(m: Model, kind: PopulationKind, listId?: string): string[] {
  const projects = listId
    ? (m.lists.get(listId)?.data.projects ?? []).filter((e) => !e.removed_on).map((e) => e.project).filter((id) => m.projects.has(id))
    : [...m.projects.keys()];
  const ids = new Set<string>();
  if (kind === 'projects') for (const id of projects) ids.add(id);
  else for (const id of projects) {
    const p = m.projects.get(id)!.data;
    ids.add(p.owner);
    if (p.lead_unit) ids.add(p.lead_unit);
  }
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface Draw { seed: number; kind: PopulationKind; list?: string; population: string[]; size: number; sample: string[] }

export function draw(m: Model, kind: PopulationKind, size: number, seed: number, listId?: string): Draw {
  const population = populationOf(m, kind, listId);
  const sample = drawSample(population, size, seed);
  return { seed, kind, list: listId, population, size: sample.length, sample };
}

/** The `sampling` record of an inspection (FORMAT.md), as `kzp inspect sample --into` writes it. */
export function samplingRecord(d: Draw): Record<string, unknown> {
  const s: Record<string, unknown> = { seed: d.seed, population: d.population.length, size: d.size };
  if (d.list) s.list = d.list;
  s.of = d.kind;
  return s;
}

/**
 * An inspection record's text with the draw recorded (`kzp inspect sample --into`): `sampling`
 * just before `targets` (both replaced if there), everything else — comments too — as it was.
 */
export function withSampling(original: string, d: Draw): string {
  return editText(original, (doc) => {
    const cur = doc.toJS() as Record<string, unknown>;
    const next: Record<string, unknown> = {};
    const sampling = samplingRecord(d);
    for (const [k, v] of Object.entries(cur)) {
      if (k === 'sampling') continue;
      if (k === 'targets') { next.sampling = sampling; next.targets = d.sample; }
      else next[k] = v;
    }
    if (!('targets' in next)) { next.sampling = sampling; next.targets = d.sample; }
    applyValue(doc, next);
    flowAt(doc, 'sampling');
  });
}
