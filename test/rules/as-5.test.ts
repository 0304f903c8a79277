// AS-5 (二(九)5): findings are assigned (定向交办), due (限时办结) and closed on evidence (落实销号).
import { edit, ruleTester } from '../helpers.js';

const INS = 'reviews/2022/2022-q1-inspection.yaml';
const F1 = '{ id: F1, target: KZ-2022-001, issue: 进度台账投资数据与现场不符, assigned_to: kz-urban-invest, due: 2022-03-31, closed_on: 2022-03-20, evidence: 整改报告 }';
const F2 = '{ id: F2, target: kz-urban-invest, issue: 专班人员变动未报备, assigned_to: kz-urban-invest, due: 2022-03-31 }';
const f1 = (to: string) => edit(INS, (t) => t.replace(F1, to));
const f2 = (to: string) => edit(INS, (t) => t.replace(F2, to));

ruleTester('AS-5', {
  valid: [
    { name: 'a finding closed after its due date, with evidence (done late is not an error)', files: f2(F2.replace(' }', ', closed_on: 2022-04-06, evidence: 专班调整备案表 }')) },
    { name: 'a finding closed on the inspection day', files: f1(F1.replace('closed_on: 2022-03-20', 'closed_on: 2022-02-20')) },
    { name: 'findings as block mappings', files: f2('id: F2\n    target: kz-urban-invest\n    issue: 专班人员变动未报备\n    assigned_to: kz-urban-invest\n    due: 2022-04-15') },
  ],
  invalid: [
    {
      name: 'a finding assigned to no unit',
      files: f2(F2.replace(' assigned_to: kz-urban-invest,', '')),
      errors: [{ file: INS, line: 9, column: 5, message: /2022-q1-inspection\/F2 is assigned to no unit.*assigned_to: kz-urban-invest/ }],
    },
    {
      name: 'a finding without a due date',
      files: f2(F2.replace(', due: 2022-03-31', '')),
      errors: [{ file: INS, line: 9, column: 5, message: /2022-q1-inspection\/F2 has no due date.*2022-02-20/ }],
    },
    {
      name: 'neither assigned nor due: two errors at the finding',
      files: f2('{ id: F2, target: kz-urban-invest, issue: 专班人员变动未报备 }'),
      errors: [
        { file: INS, line: 9, column: 5, message: /assigned to no unit/ },
        { file: INS, line: 9, column: 5, message: /no due date/ },
      ],
    },
    {
      name: 'closed without evidence (at the closed_on key)',
      files: f1(F1.replace(', evidence: 整改报告', '')),
      errors: [{ file: INS, line: 8, column: 105, message: /F1 was closed on 2022-03-20 without evidence/ }],
    },
    {
      name: 'closed before the inspection',
      files: f1(F1.replace('closed_on: 2022-03-20', 'closed_on: 2022-02-10')),
      errors: [{ file: INS, line: 8, column: 116, message: /closed on 2022-02-10, before the inspection on 2022-02-20/ }],
    },
    {
      name: 'due before the inspection',
      files: f2(F2.replace('due: 2022-03-31', 'due: 2022-02-01')),
      errors: [{ file: INS, line: 9, column: 93, message: /due on 2022-02-01, before the inspection on 2022-02-20/ }],
    },
  ],
});
