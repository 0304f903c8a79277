// SG-1: every unit that owns or leads a listed project has a project expert.
import { edit, ruleTester, withFiles } from '../helpers.js';

const U = 'units/kz-urban-invest.yaml';
const T = 'units/transport-bureau.yaml';

ruleTester('SG-1', {
  valid: [
    { name: 'the expert is another staff member', files: edit(U, (t) => t.replace('duty: 项目中心主任, expert: true,', 'duty: 项目中心主任,').replace('duty: 台账统计 }', 'duty: 台账统计, expert: true }')) },
    {
      name: 'a unit with only an unlisted project',
      files: withFiles({
        'units/kz-water.yaml': 'id: kz-water\nname: 开州区水务集团\ntype: soe\npeople:\n  - { id: xu-tao, name: 徐涛, duty: 工程部 }\n',
        'projects/KZ-2023-010.yaml': 'id: KZ-2023-010\nname: 城区供水管网改造\nsector: transport\nnature: operating\nstage: reserve\nowner: kz-water\ntotal_investment: 2600\n',
      }),
    },
  ],
  invalid: [
    {
      name: 'the owner has no expert',
      files: edit(U, (t) => t.replace(' expert: true,', '')),
      errors: [{ file: U, line: 6, column: 1, severity: 'warning', message: /kz-urban-invest owns or leads.*KZ-2022-001.*no project expert.*expert: true/ }],
    },
    {
      name: 'the lead unit has no expert',
      files: edit(T, (t) => t.replace(' expert: true,', '')),
      errors: [{ file: T, line: 7, column: 1, severity: 'warning', message: /transport-bureau/ }],
    },
    {
      name: 'expert: false does not count',
      files: edit(T, (t) => t.replace('expert: true', 'expert: false')),
      errors: [{ file: T, line: 7, column: 1, severity: 'warning' }],
    },
  ],
});
