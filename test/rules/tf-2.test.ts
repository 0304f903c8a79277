// TF-2 (二(一)2): owners and lead units of listed projects have a filed project section with staff
// and duties. In the world both kz-urban-invest (owner) and transport-bureau (lead) have one.
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const U = file.unit('kz-urban-invest');

ruleTester('TF-2', {
  valid: [
    { name: 'a unit that owns only an unlisted project needs no project section yet', files: world((w) => {
      w.units['kz-water'] = { id: 'kz-water', name: '开州区水务集团', type: 'soe', people: [{ id: 'xu-tao', name: '徐涛' }] };
      w.projects['KZ-2023-010'] = { id: 'KZ-2023-010', name: '城区供水管网改造', sector: 'transport', nature: 'operating', stage: 'reserve', owner: 'kz-water', total_investment: 2600 };
    }) },
  ],
  invalid: [
    { name: 'the owner has no project section', files: world((w) => { delete w.units['kz-urban-invest'].project_section; }),
      errors: [{ file: U, path: 'id', messageId: 'noSection', message: /kz-urban-invest.*KZ-2022-001.*no project section.*filed_on/ }] },
    { name: 'the section is not filed with the center', files: world((w) => { w.units['kz-urban-invest'].project_section = { name: '项目中心' }; }),
      errors: [{ file: U, path: 'project_section', messageId: 'notFiled', severity: 'warning' }] },
    { name: 'a staff member without a duty', files: world((w) => { delete w.units['kz-urban-invest'].people[1].duty; }),
      errors: [{ file: U, path: 'people.1.id', messageId: 'noDuty', data: { person: 'lin-fang', name: '林芳' } }] },
    { name: 'a blank duty', files: world((w) => { w.units['kz-urban-invest'].people[1].duty = ' '; }),
      errors: [{ file: U, path: 'people.1.duty', messageId: 'noDuty' }] },
    { name: 'the lead unit has no staff', files: world((w) => { w.units['transport-bureau'].people = []; }),
      errors: [{ file: file.unit('transport-bureau'), path: 'people', messageId: 'noStaff', message: /transport-bureau.*no named staff.*KZ-2022-001/ }] },
  ],
});
