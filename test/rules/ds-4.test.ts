// DS-4 (二(七)3): the dispatch gate. In the world P1 of KZ-2022-001 is handled unresolved at L1
// (2022-01-18-transport, the lead unit), at L2 (2022-02-16-liu-yang, the land leader) and then at
// L3 (2022-02-28-main).
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, findingsOf, ruleTester } from './tester.js';
import { file, world, type World } from './world.js';

const L1 = '2022-01-18-transport';
const L2 = '2022-02-16-liu-yang';
const L3 = '2022-02-28-main';
const without = (...ids: string[]) => world((w) => { for (const id of ids) delete w.reviews[id]; });
const sameDay = (w: World) => { for (const id of [L1, L2]) w.reviews[id].date = '2022-02-28'; w.reviews[L1].problems[0].due = '2022-03-15'; };

ruleTester('DS-4', {
  valid: [
    { name: 'L1, L2 and L3 all on the same day', files: world(sameDay) },
    { name: 'an L3 dispatch that names the project but handles no problem', files: world((w) => { w.reviews[L3].problems = []; }) },
    { name: 'an L1 dispatch needs no earlier step', files: without(L2, L3) },
    { name: 'an L2 dispatch after the center coordinated (L2 needs an L1 step of either)', files: world((w) => { w.reviews[L1].level = 'center'; w.reviews[L1].convener = 'drc-center'; delete w.reviews[L3]; }) },
  ],
  invalid: [
    { name: 'L3 with L1 only', files: without(L2),
      errors: [{ file: file.review(L3), path: 'problems.0.problem', messageId: 'bypass', data: { problem: 'KZ-2022-001/P1', dispatch: L3 }, message: /L2 \(a district leader\)(?!.*L1 \()/ }] },
    { name: 'L3 with L2 only (and the L2 without L1 is a warning)', files: without(L1),
      errors: [
        { file: file.review(L2), path: 'problems.0.problem', messageId: 'skipL1', severity: 'warning', data: { dispatch: L2 } },
        { file: file.review(L3), path: 'problems.0.problem', messageId: 'bypass', message: /at L1 \(the lead responsible unit transport-bureau 开州区交通运输委员会; the center does not stand in for it\)(?!.*L2 \()/ },
      ] },
    { name: 'L3 with neither L1 nor L2', files: without(L1, L2),
      errors: [{ file: file.review(L3), path: 'problems.0.problem', messageId: 'bypass', message: /at L1 \(the lead responsible unit transport-bureau .*\), L2 \(a district leader\) \(未经/ }] },
    { name: 'L3 after the center coordinated, but not the lead unit (the center does not stand in for it)', files: world((w) => { w.reviews[L1].level = 'center'; w.reviews[L1].convener = 'drc-center'; }),
      errors: [{ file: file.review(L3), path: 'problems.0.problem', messageId: 'bypass', message: /at L1 \(the lead responsible unit transport-bureau 开州区交通运输委员会; the center does not stand in for it\) \(未经/ }] },
    { name: 'L3 after an L2 dispatch whose convener does not fit (DS-7): it is no step', files: world((w) => {
      for (const n of [1, 2]) w.ledger(`2022-0${n}`).problems[0].category = 'other';
      w.reviews[L2].convener = 'liu-yang';
    }), errors: [{ file: file.review(L3), path: 'problems.0.problem', messageId: 'bypass', message: /at L2 \(a district leader\) \(未经/ }] },
    { name: 'L3 after an L1 dispatch that resolved the problem (not unresolved)', files: world((w) => { w.reviews[L1].problems[0].outcome = 'resolved'; }),
      errors: [
        { file: file.review(L2), path: 'problems.0.problem', messageId: 'skipL1', severity: 'warning', message: /2022-01-18-transport on 2022-01-18 recorded it as resolved/ },
        { file: file.review(L3), path: 'problems.0.problem', messageId: 'bypass', message: /2022-01-18-transport on 2022-01-18 recorded it as resolved/ },
      ] },
    { name: 'L2 without L1 (warning)', files: without(L1, L3),
      errors: [{ file: file.review(L2), path: 'problems.0.problem', messageId: 'skipL1', severity: 'warning' }] },
    { name: 'L3 (and L2) dated before the L1 dispatch', files: world((w) => { w.reviews[L1].date = '2022-03-01'; w.reviews[L1].problems[0].due = '2022-03-15'; }),
      errors: [
        { file: file.review(L2), path: 'problems.0.problem', messageId: 'skipL1', severity: 'warning' },
        { file: file.review(L3), path: 'problems.0.problem', messageId: 'bypass' },
      ] },
    { name: 'each problem entry is checked: a second problem without any step', files: world((w) => {
      w.ledger('2022-02').problems.push({ id: 'P3', title: '施工便道占用农田引发群众阻工', category: 'construction-environment', raised_on: '2022-02-12', status: 'open' });
      w.reviews[L3].problems.push({ problem: 'KZ-2022-001/P3', outcome: 'unresolved' });
    }), errors: [{ file: file.review(L3), path: 'problems.1.problem', messageId: 'bypass', data: { problem: 'KZ-2022-001/P3' }, message: /L1.*L2/ }] },
  ],
});

describe('DS-4 beyond the table', () => {
  it('quotes the mechanism in Chinese and names the missing levels', () => {
    const ds = diagnosticsOf(without(L2), 'zh').filter((d) => d.rule === 'DS-4');
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain('未经项目牵头单位协调,未报区政府分管领导调度的事项,不得提请区委、区政府主要领导调度');
    expect(ds[0].message).toContain('L2 区领导');
    expect(ds[0].message).toContain('2022-02-28-main');
    expect(ds[0].hint).toMatch(/level: leader/);
  });
  it('leaves an unknown problem to REF', () => {
    const files = world((w) => { w.reviews[L3].problems[0].problem = 'KZ-2022-001/P9'; });
    expect(findingsOf('DS-4', files)).toEqual([]);
    expect(findingsOf('REF', files).map((f) => f.messageId)).toEqual(['problem']);
  });
});
