// 七、单位考核 (AS-6): the month's scores by peer group.
import { describe, expect, it } from 'vitest';
import { scores } from '../../../src/engine/bulletin/scores.js';
import { ctx } from './ctx.js';

describe('bulletin 七、单位考核', () => {
  it('the weights and the month; groups with nobody in them are left out', () => {
    const s = scores(ctx('2022-03-05', '2022-02'));
    expect(s.month).toBe('2022-02');
    expect(Object.keys(s.weights).sort()).toEqual(['countdown', 'inspection', 'ledger', 'problems']);
    for (const g of s.groups) expect(g.ranked.length + g.unscored.length).toBeGreaterThan(0);
    const soe = s.groups.find((g) => g.group === 'soe')!;
    // kz-urban-invest sent February's ledger on time
    expect(soe.ranked.find((u) => u.unit === 'kz-urban-invest')).toMatchObject({ ledger: 100 });
  });
  it('each unit with its role; the annual score and incentive list only in December', () => {
    const feb = scores(ctx('2022-03-05', '2022-02'));
    expect(feb.annual).toBeNull();
    expect(feb.groups.flatMap((g) => g.ranked.map((u) => [u.unit, u.role]))).toEqual([['transport-bureau', 'lead'], ['kz-urban-invest', 'owner']]);
    const dec = scores(ctx('2023-01-10', '2022-12'));
    expect(dec.annual).toMatchObject({ year: 2022, weights: { investment: 50, target: 50 }, incentives: [] });
    expect(dec.annual!.groups.flatMap((g) => g.ranked.map((u) => [u.unit, u.role, u.investment, u.targetsMet, u.targetsTotal]))).toEqual([
      ['transport-bureau', 'lead', 12.5, 0, 1], ['kz-urban-invest', 'owner', 12.5, 0, 1],
    ]);
  });
});
