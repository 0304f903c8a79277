import { edit, ruleTester } from '../helpers.js';

const A = 'lists/annual-2022.yaml';
const R = 'lists/rolling-2022-2024.yaml';
const P = 'projects/KZ-2022-001.yaml';
const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';
const applications = (rows: string) => edit(P, (t) => t.replace('decision:', `applications:\n${rows}decision:`));

ruleTester('LS-6', {
  valid: [
    { name: 'government funds in a year the rolling list covers; self-raised funds in any year', files: applications(
      '  - { channel: central-budget, year: 2023, requested: 3000, status: pending }\n  - { channel: self-raised, year: 2026, requested: 500, status: approved, approved: 500 }\n') },
    { name: 'lists decided on the last day of the first month', files: edit(R, (t) => t.replace('decided_on: 2021-12-28', 'decided_on: 2022-01-31'), edit(A, (t) => t.replace('decided_on: 2021-12-28', 'decided_on: 2022-01-31'))) },
    { name: 'construction in a month before since is not checked', files: edit('kzp.yaml', (t) => t.replace('since: 2022-01', 'since: 2022-02'), edit(A, (t) => t.replace('decided_on: 2021-12-28', 'decided_on: 2022-02-10'), edit(R, (t) => t.replace('decided_on: 2021-12-28', 'decided_on: 2022-02-10')))) },
  ],
  invalid: [
    { name: 'under construction before the rolling list is decided, the annual list a draft',
      files: edit(R, (t) => t.replace('decided_on: 2021-12-28', 'decided_on: 2022-02-10'), edit(A, (t) => t.replace(/decided_on: .*\ndecision_ref: .*\n/, ''))),
      errors: [{ file: L1, line: 5, column: 35, message: /KZ-2022-001 is under construction in its 2022-01 ledger.*annual-2022 is an undecided draft; the list rolling-2022-2024 was decided only on 2022-02-10/ }] },
    { name: 'under construction after being removed from both lists',
      files: edit(R, (t) => t.replace('{ project: KZ-2022-001 }', '{ project: KZ-2022-001, removed_on: 2022-02-01 }'), edit(A, (t) => t.replace('target: 完成路基及桥梁下部结构 }', 'target: 完成路基及桥梁下部结构, removed_on: 2022-02-01 }'))),
      errors: [{ file: L2, line: 5, column: 35, message: /2022-02 ledger.*removed from annual-2022 on 2022-02-01.*removed from rolling-2022-2024 on 2022-02-01/ }] },
    { name: 'special bonds applied for in a year no list covers', files: applications('  - { channel: special-bond, year: 2025, requested: 3000, status: pending }\n'),
      errors: [{ file: P, line: 23, column: 16, message: /applied for government funds \(special-bond\) in 2025.*no rolling or annual list covering 2025/ }] },
    { name: 'added to the lists only after the month', files: edit(R, (t) => t.replace('{ project: KZ-2022-001 }', '{ project: KZ-2022-001, added_on: 2022-02-15 }'), edit(A, (t) => t.replace('target: 完成路基及桥梁下部结构 }', 'target: 完成路基及桥梁下部结构, added_on: 2022-02-15 }'))),
      errors: [{ file: L1, line: 5, column: 35, message: /added to annual-2022 only on 2022-02-15/ }] },
  ],
});
