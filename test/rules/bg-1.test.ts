// BG-1 (二(三)1): every project on an annual plan list has a planned annual investment > 0.
import { ruleTester } from './tester.js';
import { file, P, world } from './world.js';

const A = file.list('annual-2022');

ruleTester('BG-1', {
  valid: [
    { name: 'a small planned investment with decimals', files: world((w) => { w.lists['annual-2022'].projects[0].planned_investment = 0.5; }) },
    { name: 'rolling lists need no planned investment', files: world((w) => { w.lists['rolling-2022-2024'].projects[0].target = '完成主体工程'; }) },
    { name: 'invested before since, in the year of a mid-year since', files: world((w) => {
      w.config.since = '2022-11'; w.lists['annual-2022'].projects[0].invested_before_since = 4200;
    }) },
  ],
  invalid: [
    { name: 'invested before since with since in January: nothing was before it', files: world((w) => { w.lists['annual-2022'].projects[0].invested_before_since = 4200; }),
      errors: [{ file: A, path: 'projects.0.invested_before_since', messageId: 'openingOutside', severity: 'warning', message: /invested_before_since.*2022-01/ }] },
    { name: 'invested before since on another year\'s list', files: world((w) => {
      w.config.since = '2021-11'; w.lists['annual-2022'].projects[0].invested_before_since = 4200;
    }), errors: [{ file: A, path: 'projects.0.invested_before_since', messageId: 'openingOutside', severity: 'warning', message: /2022 has no months before tracking began \(since: 2021-11/ }] },
    { name: 'planned investment 0', files: world((w) => { w.lists['annual-2022'].projects[0].planned_investment = 0; }),
      errors: [{ file: A, path: 'projects.0.planned_investment', messageId: 'zero', message: /KZ-2022-001.*annual-2022.*0 万元.*2022/ }] },
    { name: 'no planned investment', files: world((w) => { delete w.lists['annual-2022'].projects[0].planned_investment; }),
      errors: [{ file: A, path: 'projects.0', messageId: 'missing', message: /KZ-2022-001.*annual-2022.*planned_investment.*2022/ }] },
    { name: 'a second annual list, its second entry without one', files: world((w) => {
      w.lists['annual-2023'] = { id: 'annual-2023', kind: 'annual', period: '2023', decided_on: '2022-12-26', decision_ref: '开州委〔2022〕95号',
        projects: [{ project: P, planned_investment: 5000 }, { project: P, target: '完成桥梁上部结构', added_on: '2023-07-01' }] };
    }), errors: [{ file: file.list('annual-2023'), path: 'projects.1', messageId: 'missing', message: /2023/ }] },
  ],
});
