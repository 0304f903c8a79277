// LS-5 (二(四)3): annual-plan projects have a countdown plan for the year (倒计时工作台账).
import { describe, expect, it } from 'vitest';
import { edit, ruleTester, validateMemory } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const PLAN = 'countdown:\n  "2022":\n    - { id: C1, task: 完成施工图设计, due: 2022-01-31 }\n    - { id: C2, task: 主体开工, due: 2022-03-31 }\n';
const ANNUAL = 'lists/annual-2022.yaml';
// the base's January ledger reports C1 done: drop that when the plan goes
const noC1 = (files: Record<string, string | Uint8Array>) => edit('ledgers/2022-01/KZ-2022-001.yaml', (t) => t.replace('countdown:\n  - { task: C1, done_on: 2022-01-25 }\n', ''), files);

ruleTester('LS-5', {
  valid: [
    { name: 'a plan for a later year besides, with tasks inside that year', files: edit(P, (t) => t + '  "2023":\n    - { id: C1, task: 桥梁上部结构完工, due: 2023-06-30 }\n') },
    { name: 'a project on a draft (undecided) annual list needs no plan', files: noC1(edit(ANNUAL, (t) => t.replace('decided_on: 2021-12-28\ndecision_ref: 开州委〔2021〕88号\n', ''), edit(P, (t) => t.replace(PLAN, '')))) },
    { name: 'a project taken off the annual plan (removed_on) needs no plan', files: noC1(edit(ANNUAL, (t) => t.replace('target: 完成路基及桥梁下部结构 }', 'target: 完成路基及桥梁下部结构, removed_on: 2022-01-15 }'), edit(P, (t) => t.replace(PLAN, '')))) },
  ],
  invalid: [
    {
      name: 'no countdown at all: at the id key',
      files: noC1(edit(P, (t) => t.replace(PLAN, ''))),
      errors: [{ file: P, line: 1, column: 1, message: /KZ-2022-001 is on the decided annual plan annual-2022 for 2022 but has no countdown plan for 2022/ }],
    },
    {
      name: 'a countdown without the year: at countdown',
      files: noC1(edit(P, (t) => t.replace(PLAN, 'countdown:\n  "2023":\n    - { id: C1, task: 桥梁上部结构完工, due: 2023-06-30 }\n'))),
      errors: [{ file: P, line: 25, column: 1, message: /no countdown plan for 2022 \(countdown\."2022"\)/ }],
    },
    {
      name: 'an empty plan for the year',
      files: noC1(edit(P, (t) => t.replace(PLAN, 'countdown:\n  "2022": []\n'))),
      errors: [{ file: P, line: 26, column: 3, message: /countdown plan of KZ-2022-001 for 2022 has no task/ }],
    },
    {
      name: 'a task id used twice in a year',
      files: edit(P, (t) => t.replace('{ id: C2, task: 主体开工', '{ id: C1, task: 主体开工')),
      errors: [{ file: P, line: 28, column: 13, message: /task id "C1" is used twice in the 2022 plan of KZ-2022-001 \(items 1 and 2\)/ }],
    },
    {
      name: 'a task due outside its year',
      files: edit(P, (t) => t.replace('due: 2022-03-31', 'due: 2023-01-15')),
      errors: [{ file: P, line: 28, column: 34, message: /2022 countdown task C2 of KZ-2022-001 is due on 2023-01-15, outside 2022/ }],
    },
    {
      name: 'the same id in two years is fine, but a due date before the year is not',
      files: edit(P, (t) => t + '  "2023":\n    - { id: C1, task: 桥梁上部结构完工, due: 2022-12-30 }\n'),
      errors: [{ file: P, line: 30, column: 38, message: /2023 countdown task C1.*2022-12-30, outside 2023/ }],
    },
  ],
});

describe('LS-5 in Chinese', () => {
  it('names the annual plan and the year', () => {
    const [d] = validateMemory(noC1(edit(P, (t) => t.replace(PLAN, ''))), 'zh').filter((x) => x.rule === 'LS-5');
    expect(d.message).toBe('项目 KZ-2022-001 已纳入 2022 年度建设计划(annual-2022),但没有 2022 年倒计时工作台账(countdown."2022")');
    expect(d.hint).toContain('countdown');
  });
});
