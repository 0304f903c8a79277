// 二(七) dispatch and escalation: the level a problem has reached, whether it may go up a
// level now (DS-3), whether it is due to (DS-5), and to whom (DS-6). Only handlings whose
// convener fits (DS-7) are steps. Pure.
import type { Model, ProblemTimeline, Rec } from '../model/index.js';
import type { Dispatch } from '../schema/index.js';
import { convenerFit, domainRoleOf, roleHolders } from './convener.js';
import { daysBetween } from './dates.js';

export type Level = 'L1' | 'L2' | 'L3';
export const DISPATCH_LEVEL: Record<Dispatch['level'], Level> = { 'lead-unit': 'L1', center: 'L1', leader: 'L2', main: 'L3' };
const RANK: Record<Level, number> = { L1: 1, L2: 2, L3: 3 };

export interface Handling {
  dispatch: Rec<Dispatch>; index: number; level: Level; date: string; outcome: 'resolved' | 'unresolved';
  /** DS-7: the convener fits the level and the problem; a handling that does not is no step */
  fits: boolean;
}

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
        const fits = convenerFit(m, d.data.level, d.data.convener, p.problem).fits;
        list.push({ dispatch: d, index: i, level: DISPATCH_LEVEL[d.data.level], date: d.data.date, outcome: p.outcome, fits });
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
  /** every handling up to the date, fitting or not (DS-7 says which count) */
  handlings: Handling[];
}

/**
 * The unresolved steps among the fitting handlings: L1 by the lead unit or the center (enough for
 * L2), L1 by the lead unit itself (needed for L3: the center's coordination does not stand in for
 * it), and L2.
 */
function stepsOf(hs: Handling[]): { l1: boolean; l1Lead: boolean; l2: boolean } {
  const open = hs.filter((h) => h.fits && h.outcome === 'unresolved');
  return {
    l1: open.some((h) => h.level === 'L1'),
    l1Lead: open.some((h) => h.dispatch.data.level === 'lead-unit'),
    l2: open.some((h) => h.level === 'L2'),
  };
}

/** DS-3: what a problem at `level` lacks before it may go one level up. */
function gapOf(level: Level, s: { l1: boolean; l1Lead: boolean; l2: boolean }): ('L1' | 'L2')[] {
  if (level === 'L1') return s.l1 ? [] : ['L1'];
  if (level === 'L2') return [...(s.l1Lead ? [] : ['L1' as const]), ...(s.l2 ? [] : ['L2' as const])];
  return [];
}

/**
 * DS-3 on a date. `handlings` are the problem's dispatches; those after `asOf` and `exclude`
 * (the dispatch being checked by DS-4) are ignored. The level is the highest level of a fitting
 * handling (L1 from the day the problem is raised).
 */
export function escalationState(handlings: Handling[], asOf: string, exclude?: Rec<Dispatch>): EscalationState {
  const hs = handlings.filter((h) => h.date <= asOf && h.dispatch !== exclude);
  let level: Level = 'L1';
  for (const h of hs) if (h.fits && RANK[h.level] > RANK[level]) level = h.level;
  const missing = gapOf(level, stepsOf(hs));
  const eligibleFor: EscalationState['eligibleFor'] = level === 'L3' || missing.length ? null : level === 'L1' ? 'L2' : 'L3';
  const steps = hs.filter((h) => h.fits);
  const lastHandled = steps.length ? steps.reduce((a, h) => (h.date > a ? h.date : a), steps[0].date) : null;
  return { level, eligibleFor, missing, lastHandled, handlings: hs };
}

/** DS-4: may a dispatch at this level handle the problem on its date? */
export function gateCheck(handlings: Handling[], d: Rec<Dispatch>): { ok: true } | { ok: false; severity: 'error' | 'warning'; missing: ('L1' | 'L2')[] } {
  const level = DISPATCH_LEVEL[d.data.level];
  if (level === 'L1') return { ok: true };
  const s = stepsOf(handlings.filter((h) => h.dispatch !== d && h.date <= d.data.date));
  // L2 needs an L1 step (lead unit or center); L3 needs the lead unit's own and an L2 step
  const missing = gapOf(level === 'L2' ? 'L1' : 'L2', s);
  if (!missing.length) return { ok: true };
  return { ok: false, severity: level === 'L3' ? 'error' : 'warning', missing };
}

/** DS-5: eligible and last handled more than `stale_days` before the as-of date. */
export function isEscalationDue(state: EscalationState, asOf: string, staleDays: number): boolean {
  return state.eligibleFor !== null && state.lastHandled !== null && daysBetween(state.lastHandled, asOf) > staleDays;
}

/** DS-6: the L2 leader of a problem — the domain leader for funding, land and construction-environment, else the lead leader. */
export function routeOf(m: Model, tl: ProblemTimeline): { routeTo: string | null; territorial: string | null; domainRole: string | null } {
  const project = m.projects.get(tl.project)?.data;
  const category = tl.last.problem.category;
  const role = domainRoleOf(m, category);
  const holders = role ? roleHolders(m, role) : [];
  const routeTo = holders[0] ?? project?.lead_leader ?? null;
  const territorial = category === 'land' || category === 'construction-environment' ? project?.location ?? null : null;
  return { routeTo, territorial, domainRole: (m.config.escalation.domains as Record<string, string>)[category] ?? null };
}

/**
 * DS-3: who must take each missing step (the project's lead unit for L1, the L2 leader for L2),
 * and who convenes the next step now — the lowest missing step's, else the next level's (the L2
 * leader, or `main` for the main leaders' dispatch); null once the problem is handled at L3.
 */
export function nextSteps(m: Model, tl: ProblemTimeline, st: EscalationState, routeTo: string | null): { missingBy: Partial<Record<'L1' | 'L2', string | null>>; nextConvener: string | null } {
  const leadUnit = m.projects.get(tl.project)?.data.lead_unit ?? null;
  const missingBy: Partial<Record<'L1' | 'L2', string | null>> = {};
  for (const l of st.missing) missingBy[l] = l === 'L1' ? leadUnit : routeTo;
  let nextConvener: string | null;
  if (st.missing.length) nextConvener = missingBy[st.missing[0]] ?? null;
  else if (st.level === 'L3') nextConvener = null;
  else nextConvener = st.eligibleFor === 'L3' ? 'main' : routeTo;
  return { missingBy, nextConvener };
}
