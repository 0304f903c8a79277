// 一、总体情况: the plan, the investment to date against time progress, the lights, starts and
// completions against the planned start and end months (FACTS.md wording), stages; and the
// cumulative investment month by month against the planned line (the bulletin's second chart).
import { monthsBetween } from '../dates.js';
import { natural } from '../overdue.js';
import type { Light } from '../status.js';
import { r1, r2, rate, type BulletinContext, type ProgressRow } from './context.js';

export interface Overall {
  projects: number;
  planned: number;
  invested: number;
  investedMonth: number;
  completion: number | null;
  timeProgress: number;
  lag: number | null;                  // points behind time progress; negative = ahead
  lights: Record<Light, number>;
  thresholds: { yellow: number; red: number };   // kzp.yaml lights: points behind time progress
  starts: { planned: number; plannedToDate: number; started: number; early: number; notStarted: number; notStartedProjects: { project: string; name: string; plannedStart: string }[] };
  completions: { planned: number; plannedToDate: number; completed: number; completedProjects: { project: string; name: string; completedIn: string }[] };
  stages: Record<string, number>;
  red: ProgressRow[];                  // every red project, furthest behind first (never capped)
  yellow: ProgressRow[];               // every yellow project, likewise
  /**
   * Investment the annual plan's projects had completed this year before the workspace's first
   * tracked month (`since`, invested_before_since), when any had; null otherwise. It is part of
   * `invested`, and the bulletin says how much of it came before tracking began.
   */
  openingBalance: { projects: number; invested: number; before: string } | null;
}

export interface MonthPoint {
  month: string;
  invested: number;                    // the month alone
  cumulative: number;                  // January to the month
  completion: number | null;           // cumulative / planned, %
  timeProgress: number;                // %
  planCumulative: number;              // planned × time progress (序时进度 in 万元)
}

export function overall(c: BulletinContext): Overall {
  const { m, st, month, year } = c;
  const starts: Overall['starts'] = { planned: 0, plannedToDate: 0, started: 0, early: 0, notStarted: 0, notStartedProjects: [] };
  const completions: Overall['completions'] = { planned: 0, plannedToDate: 0, completed: 0, completedProjects: [] };
  const stages: Record<string, number> = {};
  for (const r of st.rows) {
    stages[r.stage] = (stages[r.stage] ?? 0) + 1;
    const startedBy = r.startedIn !== null && r.startedIn <= month;
    if (r.plannedStart && r.plannedStart.startsWith(`${year}-`)) {
      starts.planned++;
      if (r.plannedStart <= month) {
        starts.plannedToDate++;
        if (startedBy) starts.started++;
        else { starts.notStarted++; starts.notStartedProjects.push({ project: r.project, name: r.name, plannedStart: r.plannedStart }); }
      }
    }
    if (r.plannedStart && r.plannedStart > month && startedBy) starts.early++;
    const p = m.projects.get(r.project)!.data;
    if (p.end && p.end.startsWith(`${year}-`)) {
      completions.planned++;
      if (p.end <= month) completions.plannedToDate++;
    }
    if (r.completedIn !== null && r.completedIn.startsWith(`${year}-`) && r.completedIn <= month) {
      completions.completed++;
      completions.completedProjects.push({ project: r.project, name: r.name, completedIn: r.completedIn });
    }
  }
  return {
    projects: st.totals.projects, planned: st.totals.planned, invested: st.totals.invested,
    investedMonth: r2(st.rows.reduce((a, r) => a + r.invested_month, 0)), completion: st.totals.completion,
    timeProgress: st.timeProgress, lag: st.totals.lag, lights: st.totals.lights, thresholds: { ...m.config.lights }, starts, completions, stages,
    red: byLight(c, 'red'), yellow: byLight(c, 'yellow'), openingBalance: openingBalance(c),
  };
}

/** What the plan's projects had invested this year before the first tracked month, when any did (invested_before_since). */
function openingBalance({ m, st }: BulletinContext): Overall['openingBalance'] {
  const rows = st.rows.filter((r) => r.opening > 0);
  return rows.length ? { projects: rows.length, invested: st.totals.opening, before: m.config.since } : null;
}

function byLight(c: BulletinContext, light: Light): ProgressRow[] {
  return c.projects.filter((r) => r.light === light).sort((a, b) => (b.lag ?? 0) - (a.lag ?? 0) || b.planned - a.planned || natural(a.project, b.project));
}

/** Cumulative investment of the annual plan's projects, January to the month, against time progress × plan. */
export function monthlyPoints(c: BulletinContext): MonthPoint[] {
  const out: MonthPoint[] = [];
  let cum = 0;
  for (const mo of monthsBetween(`${c.year}-01`, c.month)) {
    let inv = 0;
    for (const { project } of c.plan) inv += c.s.known.get(project)?.get(mo)?.data.progress.invested ?? 0;
    cum += inv;
    const n = Number(mo.slice(5, 7));
    out.push({ month: mo, invested: r2(inv), cumulative: r2(cum), completion: rate(cum, c.st.totals.planned), timeProgress: r1((n / 12) * 100), planCumulative: r2((c.st.totals.planned * n) / 12) });
  }
  return out;
}
