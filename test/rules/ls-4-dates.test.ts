// LS-4, the dates of a ledger against since and its own submitted_on (src/rules/ls-4.ts).
import { edit, ruleTester, withFiles } from '../helpers.js';

const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';

ruleTester('LS-4', {
  valid: [
    { name: 'a task done on the day the ledger was submitted', files: edit(L1, (t) => t.replace('done_on: 2022-01-25', 'done_on: 2022-01-27')) },
    { name: 'a ledger submitted on the first day of its month', files: edit(L2, (t) => t.replace('submitted_on: 2022-02-25', 'submitted_on: 2022-02-24')) },
    { name: 'a ledger submitted late, with events up to its month end', files: edit(L2, (t) => t.replace('submitted_on: 2022-02-25', 'submitted_on: 2022-03-09').replace('resolved_on: 2022-02-24', 'resolved_on: 2022-02-28')) },
    { name: 'a ledger without submitted_on (git decides, HI-1)', files: edit(L1, (t) => t.replace('submitted_on: 2022-01-27\n', '').replace('done_on: 2022-01-25', 'done_on: 2022-01-31')) },
  ],
  invalid: [
    { name: 'submitted before its month began', files: edit(L2, (t) => t.replace('submitted_on: 2022-02-25', 'submitted_on: 2022-01-31')), errors: [{ file: L2, line: 2, column: 8, message: /submitted on 2022-01-31, before the month began/ }] },
    { name: 'a ledger for 2099 submitted in 2022', files: withFiles({ 'ledgers/2099-01/KZ-2022-001.yaml': 'project: KZ-2022-001\nmonth: 2099-01\nsubmitted_on: 2022-02-25\nprogress: { invested: 0 }\nproblems:\n  - { id: P1, title: 环湖路K2段征地拆迁未完成, category: land, raised_on: 2022-01-10, due: 2022-03-31, status: open }\n' }), errors: [{ file: 'ledgers/2099-01/KZ-2022-001.yaml', line: 2, column: 8 }] },
    { name: 'a task done after the ledger was submitted', files: edit(L1, (t) => t.replace('done_on: 2022-01-25', 'done_on: 2022-01-28')), errors: [{ file: L1, line: 7, column: 26, message: /countdown\[1\]\.done_on \(C1\) is 2022-01-28, after the ledger was submitted on 2022-01-27/ }] },
    { name: 'a problem resolved after the ledger was submitted', files: edit(L2, (t) => t.replace('resolved_on: 2022-02-24', 'resolved_on: 2022-02-26')), errors: [{ file: L2, line: 8, message: /resolved_on \(P2\)/ }] },
    { name: 'a problem raised after submission, within the month', files: edit(L2, (t) => t.replace('raised_on: 2022-02-10, status: resolved, resolved_on: 2022-02-24', 'raised_on: 2022-02-26, status: open')), errors: [{ file: L2, line: 8, message: /raised_on \(P2\) is 2022-02-26/ }] },
    { name: 'a ledger before since: a warning', files: edit('kzp.yaml', (t) => t.replace('since: 2022-01', 'since: 2022-02')), errors: [{ file: L1, line: 2, column: 8, severity: 'warning', message: /before the first tracked month 2022-02/ }] },
  ],
});
