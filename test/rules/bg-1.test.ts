import { edit, ruleTester, withFiles } from '../helpers.js';

const A = 'lists/annual-2022.yaml';

ruleTester('BG-1', {
  valid: [
    { name: 'a small planned investment with decimals', files: edit(A, (t) => t.replace('planned_investment: 6000', 'planned_investment: 0.5')) },
    { name: 'rolling lists need no planned investment', files: edit('lists/rolling-2022-2024.yaml', (t) => t.replace('{ project: KZ-2022-001 }', '{ project: KZ-2022-001, target: 完成主体工程 }')) },
  ],
  invalid: [
    { name: 'planned investment 0', files: edit(A, (t) => t.replace('planned_investment: 6000', 'planned_investment: 0')),
      errors: [{ file: A, line: 7, column: 49, message: /KZ-2022-001.*annual-2022.*0 万元.*2022/ }] },
    { name: 'no planned investment', files: edit(A, (t) => t.replace('planned_investment: 6000, ', '')),
      errors: [{ file: A, line: 7, column: 5, message: /KZ-2022-001.*annual-2022.*planned_investment.*2022/ }] },
    { name: 'a second annual list, block style, without one', files: withFiles({
      'lists/annual-2023.yaml': 'id: annual-2023\nkind: annual\nperiod: "2023"\ndecided_on: 2022-12-26\ndecision_ref: 开州委〔2022〕95号\nprojects:\n  - project: KZ-2022-001\n    planned_investment: 5000\n  - project: KZ-2022-001\n    target: 完成桥梁上部结构\n    added_on: 2023-07-01\n',
    }), errors: [{ file: 'lists/annual-2023.yaml', line: 9, column: 5, message: /2023/ }] },
  ],
});
