// TF-2: owners and lead units of listed projects have a project section with staff and duties, filed.
import { edit, ruleTester, withFiles } from '../helpers.js';

const U = 'units/kz-urban-invest.yaml';
const T = 'units/transport-bureau.yaml';

ruleTester('TF-2', {
  valid: [
    {
      name: 'a unit that owns only an unlisted project needs no project section yet',
      files: withFiles({
        'units/kz-water.yaml': 'id: kz-water\nname: 开州区水务集团\ntype: soe\npeople:\n  - { id: xu-tao, name: 徐涛 }\n',
        'projects/KZ-2023-010.yaml': 'id: KZ-2023-010\nname: 城区供水管网改造\nsector: transport\nnature: operating\nstage: reserve\nowner: kz-water\ntotal_investment: 2600\n',
      }),
    },
    { name: 'staff written in block style with a named section', files: edit(U, (t) => t.replace('project_section:\n', 'project_section:\n  name: 项目中心\n').replace('  - { id: lin-fang, name: 林芳, duty: 台账统计 }', '  - id: lin-fang\n    name: 林芳\n    duty: 台账统计')) },
  ],
  invalid: [
    {
      name: 'the owner has no project section',
      files: edit(U, (t) => t.replace('project_section:\n  filed_on: 2022-01-10\n', '')),
      errors: [{ file: U, line: 1, column: 1, message: /kz-urban-invest.*KZ-2022-001.*no project section.*filed_on/ }],
    },
    {
      name: 'the section is not filed with the center',
      files: edit(U, (t) => t.replace('project_section:\n  filed_on: 2022-01-10\n', 'project_section: { name: 项目中心 }\n')),
      errors: [{ file: U, line: 4, column: 1, severity: 'warning', message: /kz-urban-invest.*not been filed.*filed_on/ }],
    },
    {
      name: 'a staff member without a duty',
      files: edit(U, (t) => t.replace('{ id: lin-fang, name: 林芳, duty: 台账统计 }', '{ id: lin-fang, name: 林芳 }')),
      errors: [{ file: U, line: 8, column: 7, message: /lin-fang \(林芳\) of kz-urban-invest has no duty/ }],
    },
    {
      name: 'a blank duty',
      files: edit(U, (t) => t.replace('duty: 台账统计', 'duty: " "')),
      errors: [{ file: U, line: 8, column: 37 }],
    },
    {
      name: 'the lead unit has no staff',
      files: edit(T, (t) => t.replace(/people:\n.*\n/, 'people: []\n')),
      errors: [{ file: T, line: 7, column: 1, message: /transport-bureau.*no named staff.*KZ-2022-001/ }],
    },
  ],
});
