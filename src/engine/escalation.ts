// 二(七) dispatch and escalation: the level a problem has reached, whether it may go up a
// level now (DS-3), whether it is due to (DS-5), and to whom (DS-6). Pure.
import type { Model, ProblemTimeline, Rec } from '../model/index.js';
import type { Dispatch, Person } from '../schema/index.js';
import { daysBetween } from './dates.js';

export type Level = 'L1' | 'L2' | 'L3';
export const DISPATCH_LEVEL: Record<Dispatch['level'], Level> = { 'lead-unit': 'L1', center: 'L1', leader: 'L2', main: 'L3' };
const RANK: Record<Level, number> = { L1: 1, L2: 2, L3: 3 };

export interface Handling { dispatch: Rec<Dispatch>; index: number; level: Level; date: string; outcome: 'resolved' | 'unresolved' }

const handlingIndex = new WeakMap<Model, Map<string, Handling[]>>();

/** Every dispatch that lists the problem under `problems` (naming the project is not handling), by date. */
export function handlingsOf(m: Model, problem: string): Handling[] {
  // one pass over the dispatches per model, not one per problem (DS-4 asks for every problem)
  let index = handlingIndex.get(m);
  if (!index) {
    index = new Map();
    for (const d of m.dispatches)
      d.data.problems.forEach((p, i) => {
        const list = index!.get(p.problem) ?? [];
        list.push({ dispatch: d, index: i, level: DISPATCH_LEVEL[d.data.level], date: d.data.date, outcome: p.outcome });
        index!.set(p.problem, list);
      });
    handlingIndex.set(m, index);
  }
  return index.get(problem) ?? [];
}

export interface EscalationState {
  level: Level;
  eligibleFor: 'L2' | 'L3' | null;
  missing: ('L1' | 'L2')[];
  lastHandled: string | null;
  handlings: Handling[];
}

/**
 * DS-3 on a date. `handlings` are the problem's dispatches; those after `asOf` and `exclude`
 * (the dispatch being checked by DS-4) are ignored.
 */
export function escalationState(handlings: Handling[], asOf: string, exclude?: Rec<Dispatch>): EscalationState {
  const hs = handlings.filter((h) => h.date <= asOf && h.dispatch !== exclude);
  let level: Level = 'L1';
  for (const h of hs) if (RANK[h.level] > RANK[level]) level = h.level;
  const l1 = hs.some((h) => h.level === 'L1' && h.outcome === 'unresolved');
  const l2 = hs.some((h) => h.level === 'L2' && h.outcome === 'unresolved');
  let eligibleFor: EscalationState['eligibleFor'] = null;
  const missing: ('L1' | 'L2')[] = [];
  if (level === 'L1') { if (l1) eligibleFor = 'L2'; else missing.push('L1'); }
  else if (level === 'L2') {
    if (l1 && l2) eligibleFor = 'L3';
    else { if (!l1) missing.push('L1'); if (!l2) missing.push('L2'); }
  }
  const lastHandled = hs.length ? hs.reduce((a, h) => (h.date > a ? h.date : a), hs[0].date) : null;
  return { level, eligibleFor, missing, lastHandled, handlings: hs };
}

/** DS-4: may a dispatch at this level handle the problem on its date? */
export function gateCheck(handlings: Handling[], d: Rec<Dispatch>): { ok: true } | { ok: false; severity: 'error' | 'warning'; missing: ('L1' | 'L2')[] } {
  const level = DISPATCH_LEVEL[d.data.level];
  if (level === 'L1') return { ok: true };
  const prior = handlings.filter((h) => h.dispatch !== d && h.date <= d.data.date);
  const l1 = prior.some((h) => h.level === 'L1' && h.outcome === 'unresolved');
  const l2 = prior.some((h) => h.level === 'L2' && h.outcome === 'unresolved');
  if (level === 'L2') return l1 ? { ok: true } : { ok: false, severity: 'warning', missing: ['L1'] };
  if (l1 && l2) return { ok: true };
  const missing: ('L1' | 'L2')[] = [];
  if (!l1) missing.push('L1');
  if (!l2) missing.push('L2');
  return { ok: false, severity: 'error', missing };
}

/** DS-5: eligible and last handled more than `stale_days` before the as-of date. */
export function isEscalationDue(state: EscalationState, asOf: string, staleDays: number): boolean {
  return state.eligibleFor !== null && state.lastHandled !== null && daysBetween(state.lastHandled, asOf) > staleDays;
}

/** DS-6: the L2 leader of a problem — the domain leader for funding, land and construction-environment, else the lead leader. */
export function routeOf(m: Model, tl: ProblemTimeline): { routeTo: string | null; territorial: string | null; domainRole: string | null } {
  const project = m.projects.get(tl.project)?.data;
  const category = tl.last.problem.category;
  const domains = m.config.escalation.domains as Record<string, string>;
  const role = domains[category] ?? null;
  let routeTo: string | null = project?.lead_leader ?? null;
  if (role && role !== 'lead') {
    const holders: Person[] = [];
    for (const { person } of m.people.values()) if (person.leader_roles?.includes(role as never)) holders.push(person);
    holders.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (holders.length) routeTo = holders[0].id;
  }
  const territorial = category === 'land' || category === 'construction-environment' ? project?.location ?? null : null;
  return { routeTo, territorial, domainRole: role };
}
