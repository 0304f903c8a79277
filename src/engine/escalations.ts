// `kzp escalations`: every open problem on the as-of date with its level, the next level it may
// go to under the gate of DS-3 (or the step that is missing), whether it is due (DS-5), and
// the leader it routes to (DS-6). Pure.
import { escalationState, handlingsOf, isEscalationDue, nextSteps, routeOf, type Level } from './escalation.js';
import { natural } from './overdue.js';
import type { Snapshot } from './snapshot.js';

export interface EscalationRow {
  problem: string;
  project: string;
  title: string;
  category: string;
  raisedOn: string;
  level: Level;
  eligibleFor: 'L2' | 'L3' | null;
  missing: ('L1' | 'L2')[];
  due: boolean;
  routeTo: string | null;
  /** DS-3: for each missing level, who must take that step (the lead unit for L1, the L2 leader for L2) */
  missingBy: Partial<Record<'L1' | 'L2', string | null>>;
  /** who convenes the next step now: a unit, a person, `main` (the main leaders), or null when handled at L3 */
  nextConvener: string | null;
  territorial: string | null;
  overdue: boolean;
  problemDue: string | null;
  lastHandled: string | null;
  lastDispatch: string | null;
  handledBy: { dispatch: string; date: string; level: Level; outcome: string; fits: boolean }[];
}

export function escalations(s: Snapshot, opts: { dueOnly?: boolean } = {}): EscalationRow[] {
  const m = s.model;
  const rows: EscalationRow[] = [];
  for (const ps of s.problems.values()) {
    if (!ps.open) continue;
    const st = escalationState(handlingsOf(m, ps.key), s.asOf);
    const route = routeOf(m, ps.timeline);
    const due = isEscalationDue(st, s.asOf, m.config.escalation.stale_days);
    if (opts.dueOnly && !due) continue;
    const next = nextSteps(m, ps.timeline, st, route.routeTo);
    const last = st.handlings.length ? st.handlings[st.handlings.length - 1] : null;
    rows.push({
      problem: ps.key, project: ps.project, title: ps.problem.title, category: ps.problem.category, raisedOn: ps.raisedOn,
      level: st.level, eligibleFor: st.eligibleFor, missing: st.missing, due, routeTo: route.routeTo, ...next, territorial: route.territorial,
      overdue: !!ps.due && s.asOf > ps.due, problemDue: ps.due, lastHandled: st.lastHandled, lastDispatch: last?.dispatch.data.id ?? null,
      handledBy: st.handlings.map((h) => ({ dispatch: h.dispatch.data.id, date: h.date, level: h.level, outcome: h.outcome, fits: h.fits })),
    });
  }
  return rows.sort((a, b) => natural(a.project, b.project) || natural(a.problem, b.problem));
}
