// FC-1 (二(八)1): a rolling or annual list project has one lead district leader with the role `lead`.
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();
// leaders: zhang-wei (lead, investment-finance), liu-yang (land-supply, petition-stability)

ruleTester('FC-1', {
  valid: [
    { name: 'a project on the (undecided) reserve list only needs no lead leader', files: world((w) => {
      w.projects['KZ-2023-010'] = { id: 'KZ-2023-010', name: '城区道路照明改造', sector: 'transport', nature: 'public-welfare', stage: 'preliminary',
        owner: 'kz-urban-invest', location: 'hanfeng-street', total_investment: 900, task_force: { filed_on: '2022-01-20', members: [{ person: 'chen-jie', duty: '专班负责人' }] } };
      w.lists['reserve-2021-2025'] = { id: 'reserve-2021-2025', kind: 'reserve', period: '2021-2025', projects: [{ project: 'KZ-2023-010' }] };
    }) },
    { name: 'a leader holding lead and other roles', files: world((w) => {
      w.units['district-leadership'].people[2].leader_roles = ['lead', 'land-supply', 'petition-stability'];
      w.project.lead_leader = 'liu-yang';
    }) },
  ],
  invalid: [
    { name: 'no lead leader', files: world((w) => { delete w.project.lead_leader; }),
      errors: [{ file: P, path: 'id', messageId: 'missing', message: /KZ-2022-001 is on a rolling or annual list but has no lead district leader.*lead leaders: zhang-wei/ }] },
    { name: 'a leader without the lead role', files: world((w) => { w.project.lead_leader = 'liu-yang'; }),
      errors: [{ file: P, path: 'lead_leader', messageId: 'notLead', data: { person: 'liu-yang', unit: 'district-leadership' } }] },
    { name: 'a staff member who is no leader, on the annual list only', files: world((w) => { w.project.lead_leader = 'chen-jie'; delete w.lists['rolling-2022-2024']; }),
      errors: [{ file: P, path: 'lead_leader', messageId: 'notLead', data: { person: 'chen-jie', unit: 'kz-urban-invest' } }] },
  ],
});
