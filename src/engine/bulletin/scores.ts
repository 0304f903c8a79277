// 七、单位考核情况 (AS-6): the month's scores (`kzp score --month`), ranked within peer groups;
// units with nothing to assess in the month listed apart. The December bulletin adds the year's
// annual score (`kzp score --year`) and the incentive list of 三(四) (全年项目工作高质量完成的单位).
import { PEER_GROUPS, score, type PeerGroup, type Role } from '../score.js';
import { r1, type BulletinContext } from './context.js';

export interface ScoreRow {
  rank: number | null;
  unit: string;
  name: string;
  role: Role | null;
  score: number | null;
  countdown: number | null;            // component ratios, %
  ledger: number | null;
  problems: number | null;
  inspection: number | null;
}

export interface AnnualRow {
  rank: number | null;
  unit: string;
  name: string;
  role: Role | null;
  score: number | null;
  investment: number | null;           // mean investment completion, %
  targetsMet: number;
  targetsTotal: number;
  bonus: number;
}

export interface AnnualScores {
  year: number;
  weights: { investment: number; target: number };
  groups: { group: PeerGroup; ranked: AnnualRow[]; unscored: { unit: string; name: string }[] }[];
  incentives: { unit: string; name: string; points: number; reasons: string[] }[];
}

export interface Scores {
  month: string; weights: Record<string, number>;
  groups: { group: PeerGroup; ranked: ScoreRow[]; unscored: { unit: string; name: string; role: Role | null }[] }[];
  /** December only: the year's annual score and incentive list; null in other months */
  annual: AnnualScores | null;
}

const pctOf = (x: number | null | undefined) => (x == null ? null : r1(x * 100));

export function scores(c: BulletinContext): Scores {
  const sc = score(c.s, { kind: 'month', id: c.month });
  return {
    month: c.month, weights: sc.weights,
    groups: PEER_GROUPS.map((g) => {
      const us = sc.units.filter((u) => u.group === g);
      return {
        group: g,
        ranked: us.filter((u) => u.score !== null).map((u) => ({
          rank: u.rank, unit: u.unit, name: u.name, role: u.role, score: u.score,
          countdown: pctOf(u.components.countdown.ratio), ledger: pctOf(u.components.ledger.ratio), problems: pctOf(u.components.problems.ratio), inspection: pctOf(u.components.inspection.ratio),
        })),
        unscored: us.filter((u) => u.score === null).map((u) => ({ unit: u.unit, name: u.name, role: u.role })),
      };
    }).filter((g) => g.ranked.length || g.unscored.length),
    annual: c.month.endsWith('-12') ? annualScores(c) : null,
  };
}

function annualScores(c: BulletinContext): AnnualScores {
  const sc = score(c.s, { kind: 'year', id: String(c.year) });
  return {
    year: c.year, weights: sc.annualWeights ?? { investment: 50, target: 50 },
    groups: PEER_GROUPS.map((g) => {
      const us = sc.units.filter((u) => u.group === g);
      return {
        group: g,
        ranked: us.filter((u) => u.score !== null).map((u) => ({
          rank: u.rank, unit: u.unit, name: u.name, role: u.role, score: u.score, investment: pctOf(u.annual?.investmentRatio),
          targetsMet: u.annual?.targets.met ?? 0, targetsTotal: u.annual?.targets.total ?? 0, bonus: u.bonus,
        })),
        unscored: us.filter((u) => u.score === null).map((u) => ({ unit: u.unit, name: u.name })),
      };
    }).filter((g) => g.ranked.length || g.unscored.length),
    incentives: (sc.incentives ?? []).map((x) => ({ ...x, reasons: [...x.reasons] })),
  };
}
