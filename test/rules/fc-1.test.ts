// FC-1: a rolling or annual list project has a lead district leader with the leader role `lead`.
import { edit, ruleTester, withFiles } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
// a project on the (undecided) reserve list only, complete except for the fixed contacts of 二(八)
const reserveOnly = withFiles({
  'projects/KZ-2023-010.yaml': [
    'id: KZ-2023-010', 'name: 城区道路照明改造', 'sector: transport', 'nature: public-welfare', 'stage: preliminary',
    'owner: kz-urban-invest', 'location: hanfeng-street', 'total_investment: 900',
    'task_force:', '  filed_on: 2022-01-20', '  members:', '    - { person: chen-jie, duty: 专班负责人 }', '',
  ].join('\n'),
  'lists/reserve-2021-2025.yaml': 'id: reserve-2021-2025\nkind: reserve\nperiod: "2021-2025"\nprojects:\n  - { project: KZ-2023-010 }\n',
});

ruleTester('FC-1', {
  valid: [
    { name: 'a project on the reserve list only needs no lead leader', files: reserveOnly },
    { name: 'a leader holding lead and other roles', files: edit('units/district-leadership.yaml', (t) => t.replace('leader_roles: [land-supply, petition-stability]', 'leader_roles: [lead, land-supply, petition-stability]'), edit(P, (t) => t.replace('lead_leader: zhang-wei', 'lead_leader: liu-yang'))) },
  ],
  invalid: [
    {
      name: 'no lead leader',
      files: edit(P, (t) => t.replace('lead_leader: zhang-wei\n', '')),
      errors: [{ file: P, line: 1, column: 1, message: /KZ-2022-001 is on a rolling or annual list but has no lead district leader.*lead leaders: zhang-wei/ }],
    },
    {
      name: 'a leader without the lead role',
      files: edit(P, (t) => t.replace('lead_leader: zhang-wei', 'lead_leader: liu-yang')),
      errors: [{ file: P, line: 8, column: 14, message: /liu-yang \(刘洋\) of KZ-2022-001 does not hold the leader role lead.*district-leadership/ }],
    },
    {
      name: 'a staff member who is no leader, on the annual list only',
      files: edit(P, (t) => t.replace('lead_leader: zhang-wei', 'lead_leader: chen-jie'), withFiles({ 'lists/rolling-2022-2024.yaml': null })),
      errors: [{ file: P, line: 8, column: 14 }],
    },
  ],
});
