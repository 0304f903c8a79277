// DS-4 (二(七)3): the dispatch gate. Base: P1 of KZ-2022-001 is handled unresolved at L1
// (2022-01-18-transport), at L2 (2022-02-16-liu-yang) and then at L3 (2022-02-28-main).
import { describe, expect, it } from 'vitest';
import { edit, ruleTester, validateMemory, withFiles } from '../helpers.js';

const L1 = 'reviews/2022/2022-01-18-transport.yaml';
const L2 = 'reviews/2022/2022-02-16-liu-yang.yaml';
const L3 = 'reviews/2022/2022-02-28-main.yaml';
const sameDay = edit(L2, (t) => t.replace('date: 2022-02-16', 'date: 2022-02-28'), edit(L1, (t) => t.replace('date: 2022-01-18', 'date: 2022-02-28').replace('due: 2022-02-15', 'due: 2022-03-15')));

ruleTester('DS-4', {
  valid: [
    { name: 'L1, L2 and L3 all on the same day', files: sameDay },
    { name: 'an L3 dispatch that names the project but handles no problem', files: edit(L3, (t) => t.replace(/problems:\n.*\n/, 'problems: []\n')) },
    { name: 'an L1 dispatch needs no earlier step', files: withFiles({ [L2]: null, [L3]: null }) },
  ],
  invalid: [
    {
      name: 'L3 with L1 only',
      files: withFiles({ [L2]: null }),
      errors: [{ file: L3, line: 8, column: 16, message: /gate was bypassed.*2022-02-28-main.*KZ-2022-001\/P1.*L2 \(a district leader\)(?!.*L1 \()/ }],
    },
    {
      name: 'L3 with L2 only (and the L2 without L1 is a warning)',
      files: withFiles({ [L1]: null }),
      errors: [
        { file: L2, line: 8, column: 16, severity: 'warning', message: /leader dispatch 2022-02-16-liu-yang \(2022-02-16\) handles KZ-2022-001\/P1.*L1/ },
        { file: L3, line: 8, column: 16, message: /bypassed.*at L1 \(lead responsible unit or center\)(?!.*L2 \()/ },
      ],
    },
    {
      name: 'L3 with neither L1 nor L2',
      files: withFiles({ [L1]: null, [L2]: null }),
      errors: [{ file: L3, line: 8, column: 16, message: /at L1 \(lead responsible unit or center\), L2 \(a district leader\) \(未经/ }],
    },
    {
      name: 'L3 after an L1 dispatch that resolved the problem (not unresolved)',
      files: edit(L1, (t) => t.replace('outcome: unresolved', 'outcome: resolved')),
      errors: [
        { file: L2, line: 8, column: 16, severity: 'warning', message: /2022-01-18-transport on 2022-01-18 recorded it as resolved/ },
        { file: L3, line: 8, column: 16, message: /bypassed.*L1.*2022-01-18-transport on 2022-01-18 recorded it as resolved/ },
      ],
    },
    {
      name: 'L2 without L1 (warning)',
      files: withFiles({ [L1]: null, [L3]: null }),
      errors: [{ file: L2, line: 8, column: 16, severity: 'warning', message: /no dispatch on or before that date left it unresolved at L1/ }],
    },
    {
      name: 'L3 (and L2) dated before the L1 dispatch',
      files: edit(L1, (t) => t.replace('date: 2022-01-18', 'date: 2022-03-01').replace('due: 2022-02-15', 'due: 2022-03-15')),
      errors: [
        { file: L2, line: 8, column: 16, severity: 'warning' },
        { file: L3, line: 8, column: 16, message: /bypassed.*2022-02-28.*L1/ },
      ],
    },
    {
      name: 'each problem entry is checked: a second problem without any step',
      files: edit('ledgers/2022-02/KZ-2022-001.yaml', (t) => t + '  - { id: P3, title: 施工便道占用农田引发群众阻工, category: construction-environment, raised_on: 2022-02-12, status: open }\n',
        edit(L3, (t) => t + '  - { problem: KZ-2022-001/P3, outcome: unresolved }\n')),
      errors: [{ file: L3, line: 9, column: 16, message: /KZ-2022-001\/P3.*L1.*L2/ }],
    },
  ],
});

describe('DS-4 beyond the table', () => {
  it('quotes the mechanism in Chinese and names the missing levels', () => {
    const ds = validateMemory(withFiles({ [L2]: null }), 'zh').filter((d) => d.rule === 'DS-4');
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain('未经项目牵头单位协调,未报区政府分管领导调度的事项,不得提请区委、区政府主要领导调度');
    expect(ds[0].message).toContain('L2 区领导');
    expect(ds[0].message).toContain('2022-02-28-main');
    expect(ds[0].hint).toMatch(/level: leader/);
  });
  it('leaves an unknown problem to REF', () => {
    const ds = validateMemory(edit(L3, (t) => t.replace('KZ-2022-001/P1', 'KZ-2022-001/P9')));
    expect(ds.filter((d) => d.rule === 'DS-4')).toEqual([]);
    expect(ds.filter((d) => d.rule === 'REF')).toHaveLength(1);
  });
});
