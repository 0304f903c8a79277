// 一、总体情况 and the month-by-month line, on the base fixture (one annual-plan project, 6000 万元).
import { describe, expect, it } from 'vitest';
import { monthlyPoints, overall } from '../../../src/engine/bulletin/overall.js';
import { edit, withFiles } from '../../helpers.js';
import { ctx } from './ctx.js';

describe('bulletin 一、总体情况', () => {
  const o = overall(ctx('2022-03-05', '2022-02'));

  it('plan, invested to date, time progress and the lag in points', () => {
    expect(o.projects).toBe(1);
    expect(o.planned).toBe(6000);
    // January 300 + February 450 = 750 of 6000 = 12.5 %; time progress 2/12 = 16.7 %
    expect(o.invested).toBe(750);
    expect(o.timeProgress).toBe(16.7);
    expect(o.completion).toBe(12.5);
    expect(o.lag).toBe(4.2);
    expect(o.investedMonth).toBe(450);
    expect(o.lights.green + o.lights.yellow + o.lights.red).toBe(1);
    expect(o.thresholds).toEqual({ yellow: 10, red: 30 });
  });

  it('opening balance: none without invested_before_since; with it, part of the invested total and said apart', () => {
    expect(o.openingBalance).toBeNull();
    // tracking from February: January's 300 万元 comes in as the list entry's opening balance
    const adopted = withFiles({ 'ledgers/2022-01/KZ-2022-001.yaml': null }, edit('kzp.yaml', (t) => t.replace('since: 2022-01', 'since: 2022-02'),
      edit('lists/annual-2022.yaml', (t) => t.replace('planned_investment: 6000, ', 'planned_investment: 6000, invested_before_since: 300, '))));
    const a = overall(ctx('2022-03-05', '2022-02', adopted));
    expect(a.invested).toBe(750);
    expect(a.openingBalance).toEqual({ projects: 1, invested: 300, before: '2022-02' });
  });

  it('a ledger that arrives after the as-of date is not counted yet', () => {
    expect(overall(ctx('2022-02-20', '2022-02')).invested).toBe(300);
  });

  it('starts: a project planned to start in March that is already building counts as early (FACTS.md wording)', () => {
    expect(o.starts).toMatchObject({ planned: 1, plannedToDate: 0, early: 1, notStarted: 0 });
    const late = overall(ctx('2022-03-05', '2022-02', edit('projects/KZ-2022-001.yaml', (s) => s.replace('start: 2022-03', 'start: 2022-01'))));
    expect(late.starts).toMatchObject({ plannedToDate: 1, started: 1, early: 0 });
  });
});

describe('bulletin: every red and yellow project', () => {
  const o = overall(ctx('2022-03-05', '2022-02'));
  it('none is left out, furthest behind first; none when all are green', () => {
    expect(o.red).toEqual([]);
    expect(o.yellow).toEqual([]);
    // nothing reported for March by mid-April: 750 of 6000 against 3/12 is 12.5 points behind
    const apr = overall(ctx('2022-04-15', '2022-03'));
    expect(apr.yellow.map((r) => [r.project, r.lag])).toEqual([['KZ-2022-001', 12.5]]);
  });
  it('the opening balance is a hook: null until the records give investment before since', () => {
    expect(o.openingBalance).toBeNull();
  });
});

describe('bulletin: cumulative investment month by month', () => {
  it('January to the month, against plan × months / 12', () => {
    const pts = monthlyPoints(ctx('2022-03-05', '2022-02'));
    expect(pts.map((p) => [p.month, p.invested, p.cumulative, p.completion, p.timeProgress, p.planCumulative])).toEqual([
      ['2022-01', 300, 300, 5, 8.3, 500],
      ['2022-02', 450, 750, 12.5, 16.7, 1000],
    ]);
  });
});
