// `kzp status`: the annual plan against time progress (时间进度/序时进度) through the reporting
// month, with a traffic light per project (kzp.yaml `lights`). Pure.
import type { Model } from '../model/index.js';
import { monthEnd, monthOf } from './dates.js';
import { annualPlan, countdownTasks, natural, overdue } from './overdue.js';
import { lastCompleteMonth, type Snapshot } from './snapshot.js';

export type Light = 'green' | 'yellow' | 'red';

export interface StatusRow {
  project: string;
  name: string;
  sector: string;
  owner: string;
  leadUnit: string | null;
  leadLeader: string | null;
  location: string | null;
  stage: string;
  planned: number;                 // 万元, the year's planned investment
  invested: number;                // 万元, January to the reporting month (with `opening`)
  opening: number;                 // 万元, invested this year before `since` (invested_before_since), 0 when none
  invested_month: number;          // 万元, the reporting month alone
  completion: number | null;       // % of planned (null when nothing is planned)
  lag: number | null;              // points behind time progress (negative = ahead)
  light: Light;
  plannedStart: string | null;
  startedIn: string | null;        // first month a ledger reports construction (or started_on)
  completedIn: string | null;
  openProblems: number;
  overdueItems: number;
  countdown: { total: number; done: number; doneLate: number; overdue: number };
  lastLedger: string | null;
}

export interface StatusReport {
  year: number;
  month: string;                   // the reporting month (default: last complete month before as-of)
  timeProgress: number;            // % of the year elapsed through the reporting month
  rows: StatusRow[];
  totals: { projects: number; planned: number; invested: number; opening: number; completion: number | null; lag: number | null; lights: Record<Light, number> };
}

export function lightFor(lag: number | null, m: Model): Light {
  if (lag === null) return 'green';
  if (lag >= m.config.lights.red) return 'red';
  if (lag >= m.config.lights.yellow) return 'yellow';
  return 'green';
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

export function status(s: Snapshot, opts: { month?: string } = {}): StatusReport {
  const m = s.model;
  const month = opts.month ?? lastCompleteMonth(s.asOf);
  const year = Number(month.slice(0, 4));
  const mnum = Number(month.slice(5, 7));
  const timeProgress = r1((mnum / 12) * 100);
  const items = overdue(s);
  const rows: StatusRow[] = [];
  for (const { project, planned, opening } of annualPlan(m, year)) {
    const p = m.projects.get(project)!.data;
    const known = s.known.get(project) ?? new Map();
    let invested = opening, investedMonth = 0, startedIn: string | null = null, completedIn: string | null = null, lastLedger: string | null = null, stage: string = p.stage;
    for (const [mo, l] of [...known.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const pr = l.data.progress;
      if (!startedIn && (pr.started_on || pr.stage === 'construction' || pr.stage === 'completed')) startedIn = pr.started_on ? monthOf(pr.started_on) : mo;
      if (!completedIn && (pr.completed_on || pr.stage === 'completed')) completedIn = pr.completed_on ? monthOf(pr.completed_on) : mo;
      if (mo > month) continue;
      lastLedger = mo;
      if (pr.stage) stage = pr.stage;
      if (mo.startsWith(`${year}-`)) { invested += pr.invested; if (mo === month) investedMonth += pr.invested; }
    }
    const completion = planned > 0 ? r1((invested / planned) * 100) : null;
    const lag = completion === null ? null : r1(timeProgress - completion);
    const tasks = countdownTasks(s, project, String(year));
    const end = monthEnd(month);
    const cd = { total: tasks.length, done: 0, doneLate: 0, overdue: 0 };
    for (const t of tasks) {
      if (t.doneOn) { cd.done++; if (t.doneOn > t.due) cd.doneLate++; }
      else if (t.due < s.asOf && t.due <= end) cd.overdue++;
    }
    rows.push({
      project, name: p.name, sector: p.sector, owner: p.owner, leadUnit: p.lead_unit ?? null, leadLeader: p.lead_leader ?? null, location: p.location ?? null,
      stage, planned, invested: r2(invested), opening, invested_month: r2(investedMonth), completion, lag, light: lightFor(lag, m),
      plannedStart: p.start ?? null, startedIn, completedIn,
      openProblems: [...s.problems.values()].filter((x) => x.project === project && x.open).length,
      overdueItems: items.filter((i) => i.project === project).length,
      countdown: cd, lastLedger,
    });
  }
  rows.sort((a, b) => natural(a.project, b.project));
  const planned = r2(rows.reduce((a, r) => a + r.planned, 0));
  const invested = r2(rows.reduce((a, r) => a + r.invested, 0));
  const opening = r2(rows.reduce((a, r) => a + r.opening, 0));
  const completion = planned > 0 ? r1((invested / planned) * 100) : null;
  const lag = completion === null ? null : r1(timeProgress - completion);
  const lights = { green: 0, yellow: 0, red: 0 } as Record<Light, number>;
  for (const r of rows) lights[r.light]++;
  return { year, month, timeProgress, rows, totals: { projects: rows.length, planned, invested, opening, completion, lag, lights } };
}
