// Display names for ids (units, people, projects) — what a reader of a table expects to see.
import type { Model } from '../model/index.js';

export function unitName(m: Model, id: string | null | undefined): string {
  if (!id) return '';
  return m.units.get(id)?.data.name ?? id;
}
export function personName(m: Model, id: string | null | undefined): string {
  if (!id) return '';
  const p = m.people.get(id)?.person;
  return p ? (p.title ? `${p.name}(${p.title})` : p.name) : id;
}
export function projectName(m: Model, id: string | null | undefined): string {
  if (!id) return '';
  return m.projects.get(id)?.data.name ?? id;
}
