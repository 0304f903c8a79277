// 七、单位考核情况 (AS-6): the month's scores (`kzp score --month`), ranked within peer groups;
// units with nothing to assess in the month listed apart.
import { PEER_GROUPS, score, type PeerGroup } from '../score.js';
import { r1, type BulletinContext } from './context.js';

export interface ScoreRow {
  rank: number | null;
  unit: string;
  name: string;
  score: number | null;
  countdown: number | null;            // component ratios, %
  ledger: number | null;
  problems: number | null;
  inspection: number | null;
}

export interface Scores { month: string; weights: Record<string, number>; groups: { group: PeerGroup; ranked: ScoreRow[]; unscored: { unit: string; name: string }[] }[] }

export function scores(c: BulletinContext): Scores {
  const sc = score(c.s, { kind: 'month', id: c.month });
  const pctOf = (x: number | null) => (x === null ? null : r1(x * 100));
  return {
    month: c.month, weights: sc.weights,
    groups: PEER_GROUPS.map((g) => {
      const us = sc.units.filter((u) => u.group === g);
      return {
        group: g,
        ranked: us.filter((u) => u.score !== null).map((u) => ({
          rank: u.rank, unit: u.unit, name: u.name, score: u.score,
          countdown: pctOf(u.components.countdown.ratio), ledger: pctOf(u.components.ledger.ratio), problems: pctOf(u.components.problems.ratio), inspection: pctOf(u.components.inspection.ratio),
        })),
        unscored: us.filter((u) => u.score === null).map((u) => ({ unit: u.unit, name: u.name })),
      };
    }).filter((g) => g.ranked.length || g.unscored.length),
  };
}
