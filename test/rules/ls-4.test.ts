// LS-4 (二(四)3), the problem ledger's continuity. Base: P1 raised 2022-01-10, open in the 2022-01
// and 2022-02 ledgers; P2 raised and resolved in 2022-02.
import { describe, expect, it } from 'vitest';
import { edit, ruleTester, validateMemory, withFiles, type Files } from '../helpers.js';

const JAN = 'ledgers/2022-01/KZ-2022-001.yaml';
const FEB = 'ledgers/2022-02/KZ-2022-001.yaml';
const MAR = 'ledgers/2022-03/KZ-2022-001.yaml';
const APR = 'ledgers/2022-04/KZ-2022-001.yaml';
const P1 = '  - { id: P1, title: 环湖路K2段征地拆迁未完成, category: land, raised_on: 2022-01-10, due: 2022-03-31, status: open }\n';
const P2 = '  - { id: P2, title: 专项债资金到位滞后, category: funding, raised_on: 2022-02-10, status: resolved, resolved_on: 2022-02-24 }\n';
const P3 = '  - { id: P3, title: 施工便道占用农田引发群众阻工, category: construction-environment, raised_on: 2022-03-05, status: open }\n';

/** A ledger for a month after February: header lines 1-5, `problems:` on line 6, entries from line 7. */
function ledger(month: string, problems: string[] | null): string {
  return `project: KZ-2022-001\nmonth: ${month}\nreporter: chen-jie\nsubmitted_on: ${month}-26\nprogress: { invested: 500, stage: construction, physical: 路基工程完成35% }\n`
    + (problems === null ? '' : `problems:\n${problems.join('')}`);
}
const feb = (fn: (t: string) => string, from?: Files) => edit(FEB, fn, from);

ruleTester('LS-4', {
  valid: [
    { name: 'P1 resolved in March; P2, resolved in February, is no longer listed', files: withFiles({ [MAR]: ledger('2022-03', [P1.replace('status: open }', 'status: resolved, resolved_on: 2022-03-20 }')]) }) },
    { name: 'a new problem takes a new id', files: withFiles({ [MAR]: ledger('2022-03', [P1, P3]) }) },
    { name: 'a month without a ledger: the next ledger carries the open problem', files: withFiles({ [APR]: ledger('2022-04', [P1]) }) },
    { name: 'a problem resolved on the day it was raised', files: feb((t) => t.replace('resolved_on: 2022-02-24', 'resolved_on: 2022-02-10')) },
  ],
  invalid: [
    {
      name: 'an open problem vanishes: at the later ledger\'s problems key',
      files: feb((t) => t.replace(P1, '')),
      errors: [{ file: FEB, line: 6, column: 1, message: /KZ-2022-001\/P1 was open in the 2022-01 ledger but is missing from the 2022-02 ledger.*list P1 here/ }],
    },
    {
      name: 'a ledger with no problems key at all: at its project key',
      files: feb((t) => t.replace('problems:\n' + P1 + P2, '')),
      errors: [{ file: FEB, line: 1, column: 1, message: /KZ-2022-001\/P1 was open in the 2022-01 ledger/ }],
    },
    {
      name: 'vanishing across a month without a ledger',
      files: withFiles({ [APR]: ledger('2022-04', [P3]) }),
      errors: [{ file: APR, line: 6, column: 1, message: /P1 was open in the 2022-02 ledger but is missing from the 2022-04 ledger/ }],
    },
    {
      name: 'raised_on changes between months',
      files: feb((t) => t.replace('raised_on: 2022-01-10', 'raised_on: 2022-01-11')),
      errors: [{ file: FEB, line: 7, column: 64, message: /P1 was raised on 2022-01-10 in the 2022-01 ledger, but here on 2022-01-11/ }],
    },
    {
      name: 'resolved without resolved_on: at the status key',
      files: feb((t) => t.replace(', resolved_on: 2022-02-24', '')),
      errors: [{ file: FEB, line: 8, column: 75, message: /KZ-2022-001\/P2 is resolved \(status: resolved\) but has no resolved_on/ }],
    },
    {
      name: 'resolved before it was raised',
      files: feb((t) => t.replace('resolved_on: 2022-02-24', 'resolved_on: 2022-02-05')),
      errors: [{ file: FEB, line: 8, column: 106, message: /P2 was resolved on 2022-02-05, before it was raised on 2022-02-10/ }],
    },
    {
      name: 'open with a resolved_on',
      files: feb((t) => t.replace(P1, P1.replace('status: open }', 'status: open, resolved_on: 2022-02-20 }'))),
      errors: [{ file: FEB, line: 7, column: 120, message: /P1 is open \(status: open\) but has resolved_on 2022-02-20/ }],
    },
    {
      name: 'a resolved problem reopened under its old id (warning)',
      files: withFiles({ [MAR]: ledger('2022-03', [P1, P2.replace('status: resolved, resolved_on: 2022-02-24', 'status: open')]) }),
      errors: [{ file: MAR, line: 8, column: 11, severity: 'warning', message: /P2 was resolved in the 2022-02 ledger but is open again in 2022-03.*new id/ }],
    },
    {
      name: 'a resolved problem listed again in later months (one warning)',
      files: withFiles({ [MAR]: ledger('2022-03', [P1, P2]), [APR]: ledger('2022-04', [P1, P2]) }),
      errors: [{ file: MAR, line: 8, column: 11, severity: 'warning', message: /P2 was resolved in the 2022-02 ledger but is listed again in 2022-03.*remove P2/ }],
    },
    {
      name: 'a problem id twice in one ledger',
      files: feb((t) => t + P2),
      errors: [{ file: FEB, line: 9, column: 11, message: /problem id P2 is listed twice in the 2022-02 ledger \(items 2 and 3\)/ }],
    },
    {
      name: 'raised after the end of the ledger\'s month',
      files: feb((t) => t + P3),
      errors: [{ file: FEB, line: 9, column: 85, message: /P3 was raised on 2022-03-05, after the end of this ledger's month 2022-02 \(2022-02-28\)/ }],
    },
  ],
});

describe('LS-4 continuity beyond the table', () => {
  it('reports every vanished problem by name, in Chinese too', () => {
    const P4 = P3.replace('id: P3', 'id: P4').replace('2022-03-05', '2022-02-11');
    const files = withFiles({ [MAR]: ledger('2022-03', [P3]) }, feb((t) => t + P4));
    const ds = validateMemory(files, 'zh').filter((d) => d.rule === 'LS-4');
    expect(ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      `${MAR}:6:1 问题 KZ-2022-001/P1 在 2022-02 的问题台账中仍未解决,但 2022-03 的问题台账中没有列出`,
      `${MAR}:6:1 问题 KZ-2022-001/P4 在 2022-02 的问题台账中仍未解决,但 2022-03 的问题台账中没有列出`,
    ]);
    expect(ds[0].hint).toContain('status: open');
  });
  it('the first ledger of a project has nothing to carry over', () => {
    expect(validateMemory(withFiles({ [JAN]: null })).filter((d) => d.rule === 'LS-4')).toEqual([]);
  });
});
