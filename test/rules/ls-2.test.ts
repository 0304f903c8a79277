// LS-2 (二(四)1): rolling and annual lists carry decided_on and decision_ref; a draft confers nothing.
import { ruleTester } from './tester.js';
import { file, P, world } from './world.js';

ruleTester('LS-2', {
  valid: [
    { name: 'a reserve list needs no decision', files: world((w) => { w.lists['reserve-2021-2025'] = { id: 'reserve-2021-2025', kind: 'reserve', period: '2021-2025', projects: [{ project: P }] }; }) },
  ],
  invalid: [
    { name: 'decided_on without decision_ref', files: world((w) => { delete w.lists['annual-2022'].decision_ref; }),
      errors: [{ file: file.list('annual-2022'), path: 'decided_on', messageId: 'noRef', data: { date: '2021-12-28' } }] },
    { name: 'decision_ref without decided_on', files: world((w) => { delete w.lists['rolling-2022-2024'].decided_on; }),
      errors: [{ file: file.list('rolling-2022-2024'), path: 'decision_ref', messageId: 'noDate', data: { ref: '开州委〔2021〕87号' } }] },
    { name: 'a draft rolling list', files: world((w) => { w.lists['rolling-2023-2025'] = { id: 'rolling-2023-2025', kind: 'rolling', period: '2023-2025', projects: [{ project: P }] }; }),
      errors: [{ file: file.list('rolling-2023-2025'), path: 'kind', messageId: 'draft', severity: 'warning', message: /rolling list rolling-2023-2025 is not decided.*draft/ }] },
  ],
});
