import { describe, expect, it } from 'vitest';
import { escalations } from '../../src/engine/index.js';
import { withFiles } from '../helpers.js';
import { snap } from './helpers.js';

const D = (id: string, date: string, level: string, convener: string, problems: string) =>
  `id: ${id}\nkind: dispatch\ndate: ${date}\nlevel: ${level}\nconvener: ${convener}\nprojects: [KZ-2022-001]\nproblems:\n${problems}`;
const P1 = (outcome = 'unresolved') => `  - { problem: KZ-2022-001/P1, outcome: ${outcome} }\n`;
// the base has P1 handled at L1 (01-18), L2 (02-16) and L3 (02-28); these replace that history
const none = { 'reviews/2022/2022-01-18-transport.yaml': null, 'reviews/2022/2022-02-16-liu-yang.yaml': null, 'reviews/2022/2022-02-28-main.yaml': null };
const row = (files: Record<string, string | null>, asOf: string) => escalations(snap(withFiles({ ...none, ...files }), asOf)).find((r) => r.problem === 'KZ-2022-001/P1')!;

describe('escalations (DS-3, DS-5, DS-6)', () => {
  it('a problem only raised is at L1 and may not go up: the L1 step is missing', () => {
    expect(row({}, '2022-02-10')).toMatchObject({ level: 'L1', eligibleFor: null, missing: ['L1'], due: false, overdue: false });
  });
  it('handled at L1 and left unresolved: eligible for L2', () => {
    expect(row({ 'reviews/2022/a.yaml': D('a', '2022-01-18', 'lead-unit', 'transport-bureau', P1()) }, '2022-02-10')).toMatchObject({ level: 'L1', eligibleFor: 'L2', missing: [] });
  });
  it('handled at L1 but resolved there does not open the gate', () => {
    expect(row({ 'reviews/2022/a.yaml': D('a', '2022-01-18', 'center', 'drc-center', P1('resolved')) }, '2022-02-10')).toMatchObject({ eligibleFor: null, missing: ['L1'] });
  });
  it('handled at L1 and L2: eligible for L3', () => {
    expect(row({ 'reviews/2022/a.yaml': D('a', '2022-01-18', 'lead-unit', 'transport-bureau', P1()), 'reviews/2022/b.yaml': D('b', '2022-02-16', 'leader', 'liu-yang', P1()) }, '2022-02-20'))
      .toMatchObject({ level: 'L2', eligibleFor: 'L3', missing: [] });
  });
  it('handled at L2 without L1: the L1 step is missing', () => {
    expect(row({ 'reviews/2022/b.yaml': D('b', '2022-02-16', 'leader', 'liu-yang', P1()) }, '2022-02-20')).toMatchObject({ level: 'L2', eligibleFor: null, missing: ['L1'] });
  });
  it('a dispatch after the as-of date does not count', () => {
    expect(row({ 'reviews/2022/a.yaml': D('a', '2022-02-05', 'lead-unit', 'transport-bureau', P1()) }, '2022-02-01')).toMatchObject({ eligibleFor: null, missing: ['L1'] });
    // and a problem is unknown before the ledger that raised it arrived (2022-01-27)
    expect(escalations(snap(withFiles(none), '2022-01-26'))).toEqual([]);
  });
  it('DS-5: eligible and last handled more than 30 days ago is due; 30 days is not', () => {
    const f = { 'reviews/2022/a.yaml': D('a', '2022-01-18', 'lead-unit', 'transport-bureau', P1()) };
    expect(row(f, '2022-02-17').due).toBe(false);
    expect(row(f, '2022-02-18').due).toBe(true);
    expect(escalations(snap(withFiles({ ...none, ...f }), '2022-02-18'), { dueOnly: true }).map((r) => r.problem)).toEqual(['KZ-2022-001/P1']);
  });
  it('DS-6: land goes to the land-supply leader with the territorial government; funding to investment-finance; others to the lead leader', () => {
    expect(row({}, '2022-02-10')).toMatchObject({ category: 'land', routeTo: 'liu-yang', territorial: 'hanfeng-street' });
    const files = withFiles({
      ...none,
      'ledgers/2022-02/KZ-2022-001.yaml': `project: KZ-2022-001\nmonth: 2022-02\nreporter: chen-jie\nsubmitted_on: 2022-02-25\nprogress: { invested: 1 }\nproblems:\n  - { id: P1, title: 环湖路K2段征地拆迁未完成, category: land, raised_on: 2022-01-10, due: 2022-03-31, status: open }\n  - { id: P3, title: 配套资金缺口, category: funding, raised_on: 2022-02-01, status: open }\n  - { id: P4, title: 施工图审查滞后, category: approval, raised_on: 2022-02-02, status: open }\n`,
    });
    const rows = escalations(snap(files, '2022-03-01'));
    expect(rows.map((r) => [r.problem, r.routeTo, r.territorial])).toEqual([
      ['KZ-2022-001/P1', 'liu-yang', 'hanfeng-street'], ['KZ-2022-001/P3', 'zhang-wei', null], ['KZ-2022-001/P4', 'zhang-wei', null],
    ]);
  });
  it('DS-3/DS-7: a handling whose convener does not fit is no step; missingBy and nextConvener say who acts', () => {
    // a lead-unit dispatch by the street (not the lead unit): the L1 step is still missing, and the lead unit must take it
    expect(row({ 'reviews/2022/a.yaml': D('a', '2022-01-18', 'lead-unit', 'hanfeng-street', P1()) }, '2022-02-10'))
      .toMatchObject({ level: 'L1', eligibleFor: null, missing: ['L1'], missingBy: { L1: 'transport-bureau' }, nextConvener: 'transport-bureau', lastHandled: null });
    // the lead unit coordinated: the L2 leader (the land leader) convenes next
    expect(row({ 'reviews/2022/a.yaml': D('a', '2022-01-18', 'lead-unit', 'transport-bureau', P1()) }, '2022-02-10'))
      .toMatchObject({ eligibleFor: 'L2', missing: [], missingBy: {}, nextConvener: 'liu-yang' });
    // a leader dispatch by the main leader is no L2 step
    expect(row({ 'reviews/2022/a.yaml': D('a', '2022-01-18', 'lead-unit', 'transport-bureau', P1()), 'reviews/2022/b.yaml': D('b', '2022-02-16', 'leader', 'zhao-shuji', P1()) }, '2022-02-20'))
      .toMatchObject({ level: 'L1', eligibleFor: 'L2', handledBy: [{ dispatch: 'a', fits: true }, { dispatch: 'b', fits: false }] });
  });
  it('DS-3: L3 needs the lead unit\'s own coordination; the center does not stand in for it', () => {
    const f = { 'reviews/2022/a.yaml': D('a', '2022-01-18', 'center', 'drc-center', P1()), 'reviews/2022/b.yaml': D('b', '2022-02-16', 'leader', 'liu-yang', P1()) };
    expect(row(f, '2022-02-20')).toMatchObject({ level: 'L2', eligibleFor: null, missing: ['L1'], missingBy: { L1: 'transport-bureau' }, nextConvener: 'transport-bureau' });
    const g = { ...f, 'reviews/2022/c.yaml': D('c', '2022-02-18', 'lead-unit', 'transport-bureau', P1()) };
    expect(row(g, '2022-02-20')).toMatchObject({ level: 'L2', eligibleFor: 'L3', missing: [], nextConvener: 'main' });
    // handled at L3 already: nobody convenes a next step
    expect(row({ ...g, 'reviews/2022/d.yaml': D('d', '2022-02-28', 'main', 'zhao-shuji', P1()) }, '2022-03-01')).toMatchObject({ level: 'L3', nextConvener: null, routeTo: 'liu-yang' });
  });
  it('DS-3: at L2 without the L2 step left unresolved, the L2 leader must take it', () => {
    const f = { 'reviews/2022/a.yaml': D('a', '2022-01-18', 'lead-unit', 'transport-bureau', P1()), 'reviews/2022/b.yaml': D('b', '2022-02-16', 'leader', 'liu-yang', P1('resolved')) };
    expect(row(f, '2022-02-20')).toMatchObject({ level: 'L2', missing: ['L2'], missingBy: { L2: 'liu-yang' }, nextConvener: 'liu-yang' });
  });
  it('only open problems are listed; overdue when past the problem\'s own due date', () => {
    const rows = escalations(snap(withFiles({}), '2022-04-05'));
    expect(rows.map((r) => r.problem)).toEqual(['KZ-2022-001/P1']); // P2 was resolved
    expect(rows[0]).toMatchObject({ level: 'L3', eligibleFor: null, missing: [], overdue: true });
  });
});
