// SG-1 (三(三)): every unit that owns or leads a listed project has a project expert. In the world,
// chen-jie of the owner kz-urban-invest and wang-li of the lead unit transport-bureau are experts.
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const unlisted = world((w) => {
  w.units['kz-water'] = { id: 'kz-water', name: '开州区水务集团', type: 'soe', people: [{ id: 'xu-tao', name: '徐涛', duty: '工程部' }] };
  w.projects['KZ-2023-010'] = { id: 'KZ-2023-010', name: '城区供水管网改造', sector: 'transport', nature: 'operating', stage: 'reserve', owner: 'kz-water', total_investment: 2600 };
});

ruleTester('SG-1', {
  valid: [
    { name: 'the expert is another staff member', files: world((w) => { const [a, b] = w.units['kz-urban-invest'].people; delete a.expert; b.expert = true; }) },
    { name: 'a unit with only an unlisted project', files: unlisted },
  ],
  invalid: [
    { name: 'the owner has no expert', files: world((w) => { delete w.units['kz-urban-invest'].people[0].expert; }),
      errors: [{ file: file.unit('kz-urban-invest'), path: 'people', messageId: 'noExpert', severity: 'warning', data: { unit: 'kz-urban-invest' }, message: /expert: true/ }] },
    { name: 'the lead unit has no expert', files: world((w) => { delete w.units['transport-bureau'].people[0].expert; }),
      errors: [{ file: file.unit('transport-bureau'), path: 'people', messageId: 'noExpert', severity: 'warning' }] },
    { name: 'expert: false does not count', files: world((w) => { w.units['transport-bureau'].people[0].expert = false; }),
      errors: [{ file: file.unit('transport-bureau'), path: 'people', messageId: 'noExpert', severity: 'warning' }] },
  ],
});
