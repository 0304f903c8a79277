// DS-7 (二(七)1-3): who may convene a dispatch at each level for a given problem. The gate of
// DS-3 counts a handling as a step only when its convener fits, so that a problem cannot reach
// the main leaders without its own lead unit ever having coordinated it. Pure.
import type { Model } from '../model/index.js';
import type { Dispatch } from '../schema/index.js';

export interface ConvenerFit {
  fits: boolean;
  /** who fits: unit ids for lead-unit and center, person ids for leader and main (sorted, no repeats) */
  shouldBe: string[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The people holding a leader role (`main`, `land-supply`, …), by id. */
export function roleHolders(m: Model, role: string): string[] {
  const out: string[] = [];
  for (const { person } of m.people.values()) if (person.leader_roles?.includes(role as never)) out.push(person.id);
  return out.sort(byId);
}

/** The leader role that holds a problem category's domain (DS-6), or null for a category without one. */
export function domainRoleOf(m: Model, category: string): string | null {
  const role = (m.config.escalation.domains as Record<string, string>)[category];
  return role && role !== 'lead' ? role : null;
}

/**
 * Does the convener of a dispatch at `level` fit the problem `key`? An unknown problem or project
 * fits: REF reports the reference, and nothing here would be more than a guess.
 */
export function convenerFit(m: Model, level: Dispatch['level'], convener: string, key: string): ConvenerFit {
  const tl = m.problems.get(key);
  const project = tl ? m.projects.get(tl.project)?.data : undefined;
  if (!tl || !project) return { fits: true, shouldBe: [] };
  let shouldBe: (string | undefined)[];
  if (level === 'lead-unit') shouldBe = [project.lead_unit];
  else if (level === 'center') shouldBe = [m.config.center];
  else if (level === 'main') shouldBe = roleHolders(m, 'main');
  else {
    const role = domainRoleOf(m, tl.last.problem.category);
    shouldBe = [...new Set([project.lead_leader, ...(role ? roleHolders(m, role) : [])])];
  }
  const ids = shouldBe.filter((x): x is string => !!x);
  return { fits: ids.includes(convener), shouldBe: ids };
}
