// AS-6 the annual score (年度考核) on the annual targets the mechanism names: the annual list's
// planned investment (年度投资计划) and its physical target (形象进度目标, the entry's `target`),
// the latter reported met or not by `progress.target_met` on the year's last ledger of the project.
// Each project counts for its owner and its lead unit. Pure.
import type { Snapshot } from './snapshot.js';
import type { Role } from './score.js';

export interface AnnualItem {
  project: string;
  as: Role;
  planned: number;
  invested: number;
  /** invested ÷ planned, capped at 1 (1 with nothing planned) */
  investmentRatio: number;
  /** the annual list's physical target, or null when the entry states none */
  target: string | null;
  /** as the year's last ledger reports it; null when it does not say (counted as not met) */
  targetMet: boolean | null;
  /** the month of that ledger, or null without a ledger in the year */
  reportedIn: string | null;
}

export interface AnnualScore {
  projects: number;
  planned: number;
  invested: number;
  /** mean investment completion over the projects */
  investmentRatio: number | null;
  /** physical targets: met ÷ projects with a target (a target not reported is not met) */
  targets: { total: number; met: number; notMet: number; unreported: number; ratio: number | null };
  /** the two weighted by `assessment.annual` (only the investment part when no project states a target): the score's base ÷ 100 */
  ratio: number | null;
  items: AnnualItem[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r2 = (x: number) => Math.round(x * 100) / 100;

export function annualScores(
  s: Snapshot, year: number,
  plan: { project: string; planned: number; opening: number; target?: string }[],
  answerers: (m: Snapshot['model'], project: string) => { unit: string; as: Role }[],
): Map<string, AnnualScore> {
  const m = s.model;
  const w = m.config.assessment.annual;
  const items = new Map<string, AnnualItem[]>();
  for (const { project, planned, opening, target } of plan) {
    let invested = opening;
    let last: { month: string; met: boolean | null } | null = null;
    for (const [mo, l] of s.known.get(project) ?? []) {
      if (!mo.startsWith(`${year}-`)) continue;
      invested += l.data.progress.invested;
      if (!last || mo > last.month) last = { month: mo, met: l.data.progress.target_met ?? null };
    }
    const investmentRatio = planned > 0 ? Math.min(invested / planned, 1) : 1;
    for (const a of answerers(m, project)) {
      const list = items.get(a.unit) ?? [];
      list.push({ project, as: a.as, planned, invested: r2(invested), investmentRatio: r3(investmentRatio), target: target ?? null, targetMet: target ? last?.met ?? null : null, reportedIn: last?.month ?? null });
      items.set(a.unit, list);
    }
  }
  const out = new Map<string, AnnualScore>();
  for (const [unit, xs] of items) {
    const withTarget = xs.filter((x) => x.target !== null);
    const met = withTarget.filter((x) => x.targetMet === true).length;
    const unreported = withTarget.filter((x) => x.targetMet === null).length;
    const inv = xs.reduce((a, x) => a + x.investmentRatio, 0) / xs.length;
    const tgt = withTarget.length ? met / withTarget.length : null;
    const wsum = w.investment + (tgt === null ? 0 : w.target);
    const ratio = wsum ? (w.investment * inv + (tgt === null ? 0 : w.target * tgt)) / wsum : inv;
    out.set(unit, {
      projects: xs.length, planned: r2(xs.reduce((a, x) => a + x.planned, 0)), invested: r2(xs.reduce((a, x) => a + x.invested, 0)),
      investmentRatio: r3(inv),
      targets: { total: withTarget.length, met, notMet: withTarget.length - met - unreported, unreported, ratio: tgt === null ? null : r3(tgt) },
      ratio: r3(ratio), items: xs,
    });
  }
  return out;
}
