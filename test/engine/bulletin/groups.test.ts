// 二、分领域和分牵头单位: groups ranked by completion; the slowest projects.
import { describe, expect, it } from 'vitest';
import { leadUnits, sectors, slowest } from '../../../src/engine/bulletin/groups.js';
import { ctx } from './ctx.js';

describe('bulletin 二、分领域和分牵头单位', () => {
  const c = ctx('2022-03-05', '2022-02');

  it('by sector and by lead unit, with the group totals and rank', () => {
    expect(sectors(c).map((s) => [s.key, s.name, s.projects, s.rank])).toEqual([['transport', '交通', 1, 1]]);
    expect(sectors(c)[0]).toMatchObject({ planned: 6000, invested: 750, completion: 12.5, lag: 4.2, light: 'green', lights: { green: 1, yellow: 0, red: 0 } });
    expect(leadUnits(c).map((s) => [s.key, s.projects, s.rank])).toEqual([['transport-bureau', 1, 1]]);
  });

  it('the slowest projects are those behind time progress; none when ahead', () => {
    expect(slowest(c).map((r) => [r.project, r.lag])).toEqual([['KZ-2022-001', 4.2]]);
    // by the end of January 300 of 6000 = 5 %, time progress 8.3 %: behind; on 2022-01-31 nothing has arrived
    expect(slowest(ctx('2022-02-05', '2022-01')).map((r) => r.project)).toEqual(['KZ-2022-001']);
  });
});
