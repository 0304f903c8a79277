import { describe, expect, it } from 'vitest';
import { score, status } from '../../src/engine/index.js';
import { base, edit, withFiles } from '../helpers.js';
import { snap } from './helpers.js';

describe('status: completion against time progress', () => {
  it('through the last complete month, with the lag in points and a light', () => {
    const r = status(snap(base(), '2022-03-05'));
    expect(r).toMatchObject({ year: 2022, month: '2022-02', timeProgress: 16.7 });
    expect(r.rows).toMatchObject([{ project: 'KZ-2022-001', planned: 6000, invested: 750, completion: 12.5, lag: 4.2, light: 'green', openProblems: 1 }]);
  });
  it('yellow at 10 points behind, red at 30 (kzp.yaml lights)', () => {
    // Jan 300 + Feb 450 = 750 of 6000 = 12.5 %; at the end of April time progress is 33.3 % → 20.8 behind
    expect(status(snap(base(), '2022-05-05')).rows[0]).toMatchObject({ completion: 12.5, lag: 20.8, light: 'yellow' });
    expect(status(snap(base(), '2022-07-05')).rows[0]).toMatchObject({ lag: 37.5, light: 'red' });
    const strict = edit('kzp.yaml', (t) => t + 'lights: { yellow: 2, red: 4 }\n');
    expect(status(snap(strict, '2022-03-05')).rows[0].light).toBe('red');
  });
  it('totals and light counts', () => {
    const r = status(snap(base(), '2022-05-05'));
    expect(r.totals).toMatchObject({ projects: 1, planned: 6000, invested: 750, completion: 12.5, lights: { green: 0, yellow: 1, red: 0 } });
  });
});

describe('mid-year adoption: invested_before_since', () => {
  // tracking from February: January's 300 万元 comes in as the entry's opening balance, not as a ledger
  const adopted = withFiles({ 'ledgers/2022-01/KZ-2022-001.yaml': null }, edit('kzp.yaml', (t) => t.replace('since: 2022-01', 'since: 2022-02'),
    edit('lists/annual-2022.yaml', (t) => t.replace('planned_investment: 6000, ', 'planned_investment: 6000, invested_before_since: 300, '))));
  it('counts in the completion and the light of the year of since, and is shown', () => {
    const r = status(snap(adopted, '2022-03-05'));
    expect(r.rows[0]).toMatchObject({ planned: 6000, invested: 750, opening: 300, completion: 12.5, light: 'green' });
    expect(r.totals).toMatchObject({ invested: 750, opening: 300 });
    // without it the same workspace is 5 points further behind
    const without = status(snap(edit('lists/annual-2022.yaml', (t) => t.replace('invested_before_since: 300, ', ''), adopted), '2022-03-05'));
    expect(without.rows[0]).toMatchObject({ invested: 450, opening: 0, completion: 7.5 });
  });
  it('counts in the annual score', () => {
    const a = score(snap(adopted, '2023-01-10'), { kind: 'year', id: '2022' }).units[0].annual;
    expect(a).toMatchObject({ planned: 6000, invested: expect.any(Number) });
    const without = score(snap(edit('lists/annual-2022.yaml', (t) => t.replace('invested_before_since: 300, ', ''), adopted), '2023-01-10'), { kind: 'year', id: '2022' }).units[0].annual;
    expect(a!.invested - without!.invested).toBe(300);
  });
  it('is not counted in another year', () => {
    const later = edit('kzp.yaml', (t) => t.replace('since: 2022-02', 'since: 2021-11'), adopted);
    expect(status(snap(later, '2022-03-05')).rows[0]).toMatchObject({ opening: 0, invested: 450 });
  });
});

describe('score (AS-6)', () => {
  it('a quarter: components with on-time, late and missed, weighted and ranked', () => {
    const r = score(snap(base(), '2022-04-10'), { kind: 'quarter', id: '2022-Q1' });
    expect(r.units).toHaveLength(1);
    const u = r.units[0];
    expect(u).toMatchObject({ unit: 'kz-urban-invest', group: 'soe', rank: 1 });
    expect(u.components.countdown).toMatchObject({ onTime: 1, late: 0, missed: 1, ratio: 0.5 });
    expect(u.components.ledger).toMatchObject({ onTime: 2, late: 0, missed: 1 });
    expect(u.components.problems).toMatchObject({ onTime: 0, missed: 1, ratio: 0 });
    expect(u.components.inspection).toMatchObject({ onTime: 1, missed: 1, ratio: 0.5 });
    // (40×0.5 + 20×0.667 + 20×0 + 20×0.5) / 100
    expect(u.score).toBe(43.3);
  });
  it('a late ledger counts half', () => {
    const files = edit('ledgers/2022-02/KZ-2022-001.yaml', (t) => t.replace('submitted_on: 2022-02-25', 'submitted_on: 2022-03-02'));
    const u = score(snap(files, '2022-04-10'), { kind: 'quarter', id: '2022-Q1' }).units[0];
    expect(u.components.ledger).toMatchObject({ onTime: 1, late: 1, missed: 1, ratio: 0.5 });
  });
  it('a year: annual-target completion plus bonus points; ranked within peer groups', () => {
    const files = withFiles({
      'units/kz-urban-invest.yaml': (base()['units/kz-urban-invest.yaml'] as Uint8Array).toString() + 'bonus:\n  - { year: 2022, points: 2, reason: 全年项目工作高质量完成 }\n',
    });
    const u = score(snap(files, '2023-01-10'), { kind: 'year', id: '2022' }).units[0];
    expect(u.annual).toMatchObject({ projects: 1, planned: 6000, invested: 750, ratio: 0.125 });
    expect(u).toMatchObject({ base: 12.5, bonus: 2, score: 14.5, rank: 1 });
  });
});
