import { edit, ruleTester, withFiles } from '../helpers.js';

const A = 'lists/annual-2022.yaml';
const R = 'lists/rolling-2022-2024.yaml';

ruleTester('LS-2', {
  valid: [
    { name: 'a reserve list needs no decision', files: withFiles({ 'lists/reserve-2021-2025.yaml': 'id: reserve-2021-2025\nkind: reserve\nperiod: "2021-2025"\nprojects:\n  - { project: KZ-2022-001 }\n' }) },
  ],
  invalid: [
    { name: 'decided_on without decision_ref', files: edit(A, (t) => t.replace(/decision_ref: .*\n/, '')),
      errors: [{ file: A, line: 4, column: 1, message: /annual-2022.*2021-12-28.*no decision reference/ }] },
    { name: 'decision_ref without decided_on', files: edit(R, (t) => t.replace(/decided_on: .*\n/, '')),
      errors: [{ file: R, line: 4, column: 1, message: /rolling-2022-2024.*开州委〔2021〕87号.*no decision date/ }] },
    { name: 'a draft rolling list', files: withFiles({ 'lists/rolling-2023-2025.yaml': 'id: rolling-2023-2025\nkind: rolling\nperiod: "2023-2025"\nprojects:\n  - { project: KZ-2022-001 }\n' }),
      errors: [{ file: 'lists/rolling-2023-2025.yaml', line: 2, column: 7, severity: 'warning', message: /rolling list rolling-2023-2025 is not decided.*draft/ }] },
  ],
});
