// 五、问题事项 (问题台账; DS-3..6): problems raised and resolved in the month, the open and
// overdue ones by category, and the 提请调度清单 (DS-5) with the leader each goes to (DS-6).
import { monthOf } from '../dates.js';
import { escalations } from '../escalations.js';
import { natural } from '../overdue.js';
import { inProtocolOrder, personName, projectName, unitName, type BulletinContext } from './context.js';

export interface CategoryRow { category: string; raised: number; resolved: number; open: number; overdue: number }

export interface ProblemRow {
  problem: string;
  project: string;
  name: string;
  title: string;
  category: string;
  raisedOn: string;
  due: string | null;
  resolvedOn: string | null;
  open: boolean;
  overdue: boolean;
}

export interface EscalationItem {
  problem: string;
  project: string;
  name: string;
  title: string;
  category: string;
  level: 'L1' | 'L2' | 'L3';
  to: 'L2' | 'L3';
  leaders: { id: string; name: string }[];   // L2: the routed leader (DS-6); L3: the main leaders
  territorial: string | null;
  territorialName: string | null;
  lastHandled: string | null;
  overdue: boolean;
  due: string | null;
}

export interface Problems {
  raised: number; resolved: number; open: number; overdue: number;
  staleDays: number;                   // DS-5
  byCategory: CategoryRow[];
  raisedInMonth: ProblemRow[];
  resolvedInMonth: ProblemRow[];
  overdueList: ProblemRow[];
  escalations: EscalationItem[];       // the 提请调度清单 (DS-5), with the leader each goes to (DS-6)
}

/** The categories of 二(七) in the mechanism's order; a category outside it follows. */
export const CATEGORY_ORDER = ['funding', 'land', 'construction-environment', 'approval', 'design', 'other'];

export function problems(c: BulletinContext): Problems {
  const { s, m, month } = c;
  const cats = new Map<string, CategoryRow>(CATEGORY_ORDER.map((k) => [k, { category: k, raised: 0, resolved: 0, open: 0, overdue: 0 }]));
  const raisedInMonth: ProblemRow[] = [], resolvedInMonth: ProblemRow[] = [], overdueList: ProblemRow[] = [];
  for (const ps of s.problems.values()) {
    const cat = cats.get(ps.problem.category) ?? { category: ps.problem.category, raised: 0, resolved: 0, open: 0, overdue: 0 };
    cats.set(ps.problem.category, cat);
    const overdue = ps.open && !!ps.due && s.asOf > ps.due;
    const row: ProblemRow = {
      problem: ps.key, project: ps.project, name: projectName(m, ps.project), title: ps.problem.title, category: ps.problem.category,
      raisedOn: ps.raisedOn, due: ps.due, resolvedOn: ps.resolvedOn, open: ps.open, overdue,
    };
    if (monthOf(ps.raisedOn) === month) { cat.raised++; raisedInMonth.push(row); }
    if (!ps.open && ps.resolvedOn && monthOf(ps.resolvedOn) === month) { cat.resolved++; resolvedInMonth.push(row); }
    if (ps.open) cat.open++;
    if (overdue) { cat.overdue++; overdueList.push(row); }
  }
  const byKey = (a: ProblemRow, b: ProblemRow) => natural(a.project, b.project) || natural(a.problem, b.problem);
  raisedInMonth.sort(byKey); resolvedInMonth.sort(byKey); overdueList.sort(byKey);
  const byCategory = [...cats.values()];
  const sum = (k: keyof Omit<CategoryRow, 'category'>) => byCategory.reduce((a, x) => a + x[k], 0);
  return {
    raised: sum('raised'), resolved: sum('resolved'), open: sum('open'), overdue: sum('overdue'), staleDays: m.config.escalation.stale_days, byCategory,
    raisedInMonth, resolvedInMonth, overdueList, escalations: escalationList(c),
  };
}

/** The problems due to go up a level (`kzp escalations --due`), each with the leaders it goes to. */
export function escalationList(c: BulletinContext): EscalationItem[] {
  const m = c.m;
  const mainLeaders = inProtocolOrder(m, [...m.people.values()].filter((x) => x.person.leader_roles?.includes('main')).map((x) => x.person.id));
  return escalations(c.s, { dueOnly: true }).map((e) => {
    const to = e.eligibleFor!;
    const leaders = (to === 'L3' ? mainLeaders : e.routeTo ? [e.routeTo] : []).map((id) => ({ id, name: personName(m, id) }));
    return {
      problem: e.problem, project: e.project, name: projectName(m, e.project), title: e.title, category: e.category,
      level: e.level, to, leaders, territorial: e.territorial, territorialName: unitName(m, e.territorial), lastHandled: e.lastHandled, overdue: e.overdue, due: e.problemDue,
    };
  });
}
