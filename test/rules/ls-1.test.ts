import { edit, ruleTester, withFiles } from '../helpers.js';

const A = 'lists/annual-2022.yaml';
const R = 'lists/rolling-2022-2024.yaml';

ruleTester('LS-1', {
  valid: [
    { name: 'a five-year reserve list, and a year written as a number', files: withFiles({
      'lists/reserve-2021-2025.yaml': 'id: reserve-2021-2025\nkind: reserve\nperiod: 2021-2025\nprojects:\n  - { project: KZ-2022-001 }\n',
      [A]: 'id: annual-2022\nkind: annual\nperiod: 2022\ndecided_on: 2021-12-28\ndecision_ref: 开州委〔2021〕88号\nprojects:\n  - { project: KZ-2022-001, planned_investment: 6000, target: 完成路基及桥梁下部结构 }\n',
    }) },
    { name: 'removed during the period and added back later', files: edit(R, (t) => t.replace('  - { project: KZ-2022-001 }', '  - { project: KZ-2022-001, removed_on: 2022-03-01 }\n  - { project: KZ-2022-001, added_on: 2022-06-01 }')) },
  ],
  invalid: [
    { name: 'a project that does not exist', files: edit(A, (t) => t.replace('project: KZ-2022-001', 'project: KZ-2022-01')),
      errors: [{ file: A, line: 7, column: 16, message: /annual-2022.*"KZ-2022-01".*did you mean "KZ-2022-001"/ }] },
    { name: 'an annual list over three years', files: edit(A, (t) => t.replace('period: "2022"', 'period: "2022-2024"')),
      errors: [{ file: A, line: 3, column: 9, message: /annual list annual-2022.*"2022-2024".*a single year, e\.g\. "2022"/ }] },
    { name: 'a rolling list over four years', files: edit(R, (t) => t.replace('period: "2022-2024"', 'period: "2022-2025"')),
      errors: [{ file: R, line: 3, column: 9, message: /rolling list.*"2022-2025".*3 years, e\.g\. "2022-2024"/ }] },
    { name: 'a reserve list over three years', files: withFiles({ 'lists/reserve-2021-2023.yaml': 'id: reserve-2021-2023\nkind: reserve\nperiod: "2021-2023"\nprojects: []\n' }),
      errors: [{ file: 'lists/reserve-2021-2023.yaml', line: 3, column: 9, message: /5 years, e\.g\. "2021-2025"/ }] },
    { name: 'a project listed twice', files: edit(R, (t) => t.replace('  - { project: KZ-2022-001 }', '  - { project: KZ-2022-001 }\n  - { project: KZ-2022-001, added_on: 2022-03-01 }')),
      errors: [{ file: R, line: 8, column: 16, message: /KZ-2022-001 is listed twice on rolling-2022-2024 \(already at line 7\)/ }] },
    { name: 'removed before it was added', files: edit(R, (t) => t.replace('  - { project: KZ-2022-001 }', '  - { project: KZ-2022-001, added_on: 2022-02-01, removed_on: 2022-01-15 }')),
      errors: [{ file: R, line: 7, column: 63, message: /removed on 2022-01-15, before it was added on 2022-02-01/ }] },
  ],
});
