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
    // the owner and the lead unit of the annual-plan project are both scored
    expect(r.units.map((u) => [u.unit, u.group, u.role])).toEqual([['transport-bureau', 'department', 'lead'], ['kz-urban-invest', 'soe', 'owner']]);
    const u = r.units.find((x) => x.unit === 'kz-urban-invest')!;
    expect(u).toMatchObject({ unit: 'kz-urban-invest', group: 'soe', rank: 1 });
    expect(u.components.countdown).toMatchObject({ onTime: 1, late: 0, missed: 1, ratio: 0.5 });
    expect(u.components.ledger).toMatchObject({ onTime: 2, late: 0, missed: 1 });
    expect(u.components.problems).toMatchObject({ onTime: 0, missed: 1, ratio: 0 });
    expect(u.components.inspection).toMatchObject({ onTime: 1, missed: 1, ratio: 0.5 });
    // (40×0.5 + 20×0.667 + 20×0 + 20×0.5) / 100
    expect(u.score).toBe(43.3);
    // the items behind a component, with the role in which the unit answers for each
    expect(u.components.countdown.items).toEqual([
      { ref: 'KZ-2022-001/C1', project: 'KZ-2022-001', due: '2022-01-31', outcome: 'onTime', as: 'owner' },
      { ref: 'KZ-2022-001/C2', project: 'KZ-2022-001', due: '2022-03-31', outcome: 'missed', as: 'owner' },
    ]);
    // the lead unit answers for the same countdown, ledgers and problems; the findings are the owner's
    const lead = r.units.find((x) => x.unit === 'transport-bureau')!;
    expect(lead.components.countdown).toMatchObject({ onTime: 1, missed: 1 });
    expect(lead.components.ledger.items.map((i) => [i.ref, i.as])).toEqual([['KZ-2022-001/2022-01', 'lead'], ['KZ-2022-001/2022-02', 'lead'], ['KZ-2022-001/2022-03', 'lead']]);
    expect(lead.components.inspection.total).toBe(0);
    // (40×0.5 + 20×0.667 + 20×0) / 80
    expect(lead.score).toBe(41.7);
  });
  it('a unit that owns and leads a project is scored once for it, as both', () => {
    const files = edit('projects/KZ-2022-001.yaml', (t) => t.replace('lead_unit: transport-bureau', 'lead_unit: kz-urban-invest'));
    const r = score(snap(files, '2022-04-10'), { kind: 'quarter', id: '2022-Q1' });
    expect(r.units.map((u) => [u.unit, u.role])).toEqual([['kz-urban-invest', 'both']]);
    expect(r.units[0].components.countdown).toMatchObject({ total: 2 });
    expect(r.units[0].components.countdown.items[0].as).toBe('both');
  });
  it('organs and public institutions have their own peer group', () => {
    const files = edit('units/kz-urban-invest.yaml', (t) => t.replace('type: soe', 'type: institution'));
    expect(score(snap(files, '2022-04-10'), { kind: 'quarter', id: '2022-Q1' }).units.map((u) => [u.unit, u.group])).toEqual([['transport-bureau', 'department'], ['kz-urban-invest', 'institution']]);
  });
  it('a late ledger counts half', () => {
    const files = edit('ledgers/2022-02/KZ-2022-001.yaml', (t) => t.replace('submitted_on: 2022-02-25', 'submitted_on: 2022-03-02'));
    const u = score(snap(files, '2022-04-10'), { kind: 'quarter', id: '2022-Q1' }).units[0];
    expect(u.components.ledger).toMatchObject({ onTime: 1, late: 1, missed: 1, ratio: 0.5 });
  });
  it('a year: investment and physical targets plus bonus points; ranked within peer groups; the incentive list', () => {
    const files = withFiles({
      'units/kz-urban-invest.yaml': (base()['units/kz-urban-invest.yaml'] as Uint8Array).toString() + 'bonus:\n  - { year: 2022, points: 2, reason: 全年项目工作高质量完成 }\n',
    });
    const r = score(snap(files, '2023-01-10'), { kind: 'year', id: '2022' });
    const u = r.units.find((x) => x.unit === 'kz-urban-invest')!;
    // the year's last ledger (2022-02) does not report the physical target: not met
    expect(u.annual).toMatchObject({ projects: 1, planned: 6000, invested: 750, investmentRatio: 0.125, targets: { total: 1, met: 0, notMet: 0, unreported: 1, ratio: 0 }, ratio: 0.063 });
    expect(u.annual!.items).toEqual([{ project: 'KZ-2022-001', as: 'owner', planned: 6000, invested: 750, investmentRatio: 0.125, target: '完成路基及桥梁下部结构', targetMet: null, reportedIn: '2022-02' }]);
    // (50×0.125 + 50×0) / 100
    expect(u).toMatchObject({ base: 6.3, bonus: 2, score: 8.3, rank: 1 });
    expect(r.annualWeights).toEqual({ investment: 50, target: 50 });
    expect(r.incentives).toEqual([{ unit: 'kz-urban-invest', name: '重庆市开州区城市发展投资集团有限公司', points: 2, reasons: ['全年项目工作高质量完成'] }]);
    // the lead unit is scored on the same targets, without the owner's bonus
    expect(r.units.find((x) => x.unit === 'transport-bureau')).toMatchObject({ role: 'lead', base: 6.3, bonus: 0 });
  });
  it('a year: target_met on the year\'s last ledger counts; on an earlier one it does not', () => {
    const met = edit('ledgers/2022-02/KZ-2022-001.yaml', (t) => t.replace('progress: { ', 'progress: { target_met: true, '));
    const a = score(snap(met, '2023-01-10'), { kind: 'year', id: '2022' }).units.find((x) => x.unit === 'kz-urban-invest')!;
    expect(a.annual).toMatchObject({ targets: { met: 1, unreported: 0, ratio: 1 }, ratio: 0.563 });
    expect(a.base).toBe(56.3);
    const early = edit('ledgers/2022-01/KZ-2022-001.yaml', (t) => t.replace('progress: { ', 'progress: { target_met: true, '));
    expect(score(snap(early, '2023-01-10'), { kind: 'year', id: '2022' }).units[0].annual!.targets).toMatchObject({ met: 0, unreported: 1 });
    const notMet = edit('ledgers/2022-02/KZ-2022-001.yaml', (t) => t.replace('progress: { ', 'progress: { target_met: false, '));
    expect(score(snap(notMet, '2023-01-10'), { kind: 'year', id: '2022' }).units[0].annual!.targets).toMatchObject({ met: 0, notMet: 1, unreported: 0 });
  });
  it('a year: the annual weights are a setting; no stated target leaves the investment alone', () => {
    const invOnly = edit('kzp.yaml', (t) => t + 'assessment:\n  annual: { investment: 100, target: 0 }\n');
    expect(score(snap(invOnly, '2023-01-10'), { kind: 'year', id: '2022' }).units[0].base).toBe(12.5);
    const noTarget = edit('lists/annual-2022.yaml', (t) => t.replace(/, target: [^}]+/, ' '));
    expect(score(snap(noTarget, '2023-01-10'), { kind: 'year', id: '2022' }).units[0]).toMatchObject({ base: 12.5, annual: { targets: { total: 0, ratio: null } } });
  });
});
