// LS-1 (二(四)1): three kinds of list over their spans; every project on a list exists.
import { ruleTester } from './tester.js';
import { file, P, world } from './world.js';

const A = file.list('annual-2022');
const R = file.list('rolling-2022-2024');

ruleTester('LS-1', {
  valid: [
    { name: 'a five-year reserve list, and a year written as a number', files: world((w) => {
      w.lists['reserve-2021-2025'] = { id: 'reserve-2021-2025', kind: 'reserve', period: '2021-2025', projects: [{ project: P }] };
      w.lists['annual-2022'].period = 2022;
    }) },
    { name: 'removed during the period and added back later', files: world((w) => {
      w.lists['rolling-2022-2024'].projects = [{ project: P, removed_on: '2022-03-01' }, { project: P, added_on: '2022-06-01' }];
    }) },
  ],
  invalid: [
    { name: 'a project that does not exist', files: world((w) => { w.lists['annual-2022'].projects[0].project = 'KZ-2022-01'; }),
      errors: [{ file: A, path: 'projects.0.project', messageId: 'project', data: { id: 'KZ-2022-01' }, message: /did you mean "KZ-2022-001"/ }] },
    { name: 'an annual list over three years', files: world((w) => { w.lists['annual-2022'].period = '2022-2024'; }),
      errors: [{ file: A, path: 'period', messageId: 'period', data: { kind: 'annual', period: '2022-2024' }, message: /a single year, e\.g\. "2022"/ }] },
    { name: 'a rolling list over four years', files: world((w) => { w.lists['rolling-2022-2024'].period = '2022-2025'; }),
      errors: [{ file: R, path: 'period', messageId: 'period', message: /3 years, e\.g\. "2022-2024"/ }] },
    { name: 'a reserve list over three years', files: world((w) => { w.lists['reserve-2021-2023'] = { id: 'reserve-2021-2023', kind: 'reserve', period: '2021-2023', projects: [] }; }),
      errors: [{ file: file.list('reserve-2021-2023'), path: 'period', messageId: 'period', message: /5 years, e\.g\. "2021-2025"/ }] },
    { name: 'a project listed twice', files: world((w) => { w.lists['rolling-2022-2024'].projects.push({ project: P, added_on: '2022-03-01' }); }),
      errors: [{ file: R, path: 'projects.1.project', messageId: 'duplicate', data: { id: P } }] },
    { name: 'removed before it was added', files: world((w) => { w.lists['rolling-2022-2024'].projects = [{ project: P, added_on: '2022-02-01', removed_on: '2022-01-15' }]; }),
      errors: [{ file: R, path: 'projects.0.removed_on', messageId: 'removedBeforeAdded', data: { removed: '2022-01-15', added: '2022-02-01' } }] },
  ],
});
