// 二、分领域和分牵头单位推进情况: the annual plan by sector (in kzp.yaml's order) and by lead unit
// (by rank), each ranked by completion; and the projects furthest behind time progress.
import { natural } from '../overdue.js';
import { lightFor, type Light } from '../status.js';
import { r1, r2, rate, sectorName, unitName, type BulletinContext, type ProgressRow } from './context.js';

export interface GroupRow {
  key: string;                         // sector id or unit id
  name: string;
  projects: number;
  planned: number;
  invested: number;
  completion: number | null;
  lag: number | null;
  light: Light;
  lights: Record<Light, number>;
  rank: number | null;                 // by completion, highest first; ties share a rank
}

/** How many of the slowest projects section 二 names. */
export const SLOWEST = 5;

function group(c: BulletinContext, keyOf: (r: ProgressRow) => string | null, nameOf: (k: string) => string, order: string[] | null): GroupRow[] {
  const by = new Map<string, ProgressRow[]>();
  for (const r of c.projects) {
    const k = keyOf(r) ?? '';
    by.set(k, [...(by.get(k) ?? []), r]);
  }
  const out: GroupRow[] = [];
  for (const [key, rs] of by) {
    const planned = r2(rs.reduce((a, r) => a + r.planned, 0));
    const invested = r2(rs.reduce((a, r) => a + r.invested, 0));
    const completion = rate(invested, planned);
    const lag = completion === null ? null : r1(c.st.timeProgress - completion);
    const lights = { green: 0, yellow: 0, red: 0 } as Record<Light, number>;
    for (const r of rs) lights[r.light]++;
    out.push({ key, name: key ? nameOf(key) : '—', projects: rs.length, planned, invested, completion, lag, light: lightFor(lag, c.m), lights, rank: null });
  }
  const ranked = out.filter((g) => g.completion !== null).sort((a, b) => b.completion! - a.completion! || natural(a.key, b.key));
  ranked.forEach((g, i) => { g.rank = i > 0 && ranked[i - 1].completion === g.completion ? ranked[i - 1].rank : i + 1; });
  if (order) return out.sort((a, b) => idx(order, a.key) - idx(order, b.key) || natural(a.key, b.key));
  return out.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || natural(a.key, b.key));
}
function idx(order: string[], k: string): number { const i = order.indexOf(k); return i < 0 ? 1e9 : i; }

export function sectors(c: BulletinContext): GroupRow[] {
  return group(c, (r) => r.sector, (k) => sectorName(c.m, k), Object.keys(c.m.config.sectors));
}

export function leadUnits(c: BulletinContext): GroupRow[] {
  return group(c, (r) => r.leadUnit, (k) => unitName(c.m, k)!, null);
}

/** The projects behind time progress, most points behind first (then the larger plan). */
export function slowest(c: BulletinContext): ProgressRow[] {
  return c.projects.filter((r) => r.lag !== null && r.lag > 0)
    .sort((a, b) => b.lag! - a.lag! || b.planned - a.planned || natural(a.project, b.project)).slice(0, SLOWEST);
}
