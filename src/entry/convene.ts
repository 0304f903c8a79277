// DS-7, as data entry needs it: who may convene a dispatch of a level for a project and its
// problems (a problem by the rule's own check, engine/convener.ts), and which problems are open on a date. `new dispatch` offers only those who fit,
// and refuses a convener who fits none of the chosen projects. Pure: the model comes in.
import { convenerFit, roleHolders } from '../engine/index.js';
import type { Model } from '../model/index.js';
import type { Dispatch, Problem, Project } from '../schema/index.js';

export type DispatchLevel = Dispatch['level'];

export interface OpenProblem { key: string; project: string; problem: Problem }

/** The problems of a project open on `date`: the newest ledger up to that month lists them as open. */
export function openProblems(m: Model, project: string, date: string): OpenProblem[] {
  const month = date.slice(0, 7);
  const out: OpenProblem[] = [];
  for (const tl of m.problems.values()) {
    if (tl.project !== project) continue;
    const entries = tl.entries.filter((e) => e.ledger.data.month <= month);
    const last = entries[entries.length - 1];
    if (last && last.problem.status === 'open' && last.problem.raised_on <= date) out.push({ key: tl.key, project, problem: last.problem });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** DS-7: does `convener` fit a dispatch of `level` for `project`, or for its problem `key` (the rule's own check, src/engine)? */
export function fitsProblem(m: Model, level: DispatchLevel, convener: string, project: Project, key?: string): boolean {
  if (key) return convenerFit(m, level, convener, key).fits;
  switch (level) {
    case 'lead-unit': return project.lead_unit === convener;
    case 'center': return m.config.center === convener;
    case 'main': return roleHolders(m, 'main').includes(convener);
    case 'leader': return project.lead_leader === convener;
  }
}

/** Does `convener` fit a dispatch of `level` for `project`: for the project itself, or for one of its problems open on `date`? */
export function fitsProject(m: Model, level: DispatchLevel, convener: string, projectId: string, date: string): boolean {
  const project = m.projects.get(projectId)?.data;
  if (!project) return false;
  if (fitsProblem(m, level, convener, project)) return true;
  return level === 'leader' && openProblems(m, projectId, date).some((p) => fitsProblem(m, level, convener, project, p.key));
}

export interface Convener { id: string; name: string; projects: string[] }

/** Everyone who may convene a dispatch of `level` (units for lead-unit and center, people for leader and main), with the projects each fits. */
export function conveners(m: Model, level: DispatchLevel, date: string): Convener[] {
  const projects = [...m.projects.keys()].sort();
  const candidates: { id: string; name: string }[] = level === 'lead-unit' || level === 'center'
    ? [...m.units.values()].map((u) => ({ id: u.data.id, name: u.data.name }))
    : [...m.people.values()].filter((p) => p.person.leader_roles?.length).map((p) => ({ id: p.person.id, name: `${p.person.name}${p.person.title ? ` ${p.person.title}` : ''}` }));
  const out: Convener[] = [];
  for (const c of candidates) {
    const fit = projects.filter((id) => fitsProject(m, level, c.id, id, date));
    if (fit.length || (level === 'center' && c.id === m.config.center) || (level === 'main' && roleHolders(m, 'main').includes(c.id))) out.push({ ...c, projects: fit });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
