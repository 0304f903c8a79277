// TF-4: a major project names its designated lead unit and person; its task force has the owner
// and an approval or factor-guarantee unit.
import { edit, ruleTester } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const DESIGNATED = 'designated: { lead_unit: transport-bureau, lead_person: wang-li }\n';
// base members: chen-jie and lin-fang, both of the owner kz-urban-invest
const withPlanning = (t: string) => t.replace('    - { person: lin-fang, duty: 台账填报 }\n', '    - { person: lin-fang, duty: 台账填报 }\n    - { person: zheng-li, duty: 用地审批 }\n');

ruleTester('TF-4', {
  valid: [
    { name: 'a major project with designated lead and a joint task force', files: edit(P, (t) => withPlanning(t) + 'major: true\n' + DESIGNATED) },
    { name: 'major: false needs nothing more', files: edit(P, (t) => t + 'major: false\n') },
  ],
  invalid: [
    {
      name: 'major without designated lead and without approval/factor member',
      files: edit(P, (t) => t + 'major: true\n'),
      errors: [
        { file: P, line: 16, column: 3, message: /major project KZ-2022-001 has no member from an approval or factor-guarantee unit.*finance-bureau, planning-bureau/ },
        { file: P, line: 29, column: 1, message: /major project KZ-2022-001 does not name the lead unit and lead responsible person.*designated:/ },
      ],
    },
    {
      name: 'designated without lead_person',
      files: edit(P, (t) => withPlanning(t) + 'major: true\ndesignated: { lead_unit: transport-bureau }\n'),
      errors: [{ file: P, line: 31, column: 1, message: /designated lead responsible person \(designated\.lead_person\)/ }],
    },
    {
      name: 'no member of the owner',
      files: edit(P, (t) => t.replace(/  members:\n(    .*\n)+/, '  members:\n    - { person: wang-li, duty: 牵头协调 }\n    - { person: zheng-li, duty: 用地审批 }\n') + 'major: true\n' + DESIGNATED),
      errors: [{ file: P, line: 16, column: 3, message: /no member from the owner kz-urban-invest/ }],
    },
    {
      name: 'a major project without a task force at all',
      files: edit(P, (t) => t.replace(/task_force:\n(  .*\n)+/, '') + 'major: true\n' + DESIGNATED),
      errors: [{ file: P, line: 24, column: 1, message: /major project KZ-2022-001 has no task force/ }],
    },
  ],
});
