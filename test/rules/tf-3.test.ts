// TF-3: every listed project has a task force with members and duties, filed with the center.
import { edit, ruleTester, withFiles } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';

ruleTester('TF-3', {
  valid: [
    {
      name: 'an unlisted project has no task force yet',
      files: withFiles({ 'projects/KZ-2023-010.yaml': 'id: KZ-2023-010\nname: 城区道路照明改造\nsector: transport\nnature: public-welfare\nstage: reserve\nowner: kz-urban-invest\ntotal_investment: 900\n' }),
    },
    { name: 'members in block style', files: edit(P, (t) => t.replace('    - { person: lin-fang, duty: 台账填报 }', '    - person: lin-fang\n      duty: 台账填报')) },
  ],
  invalid: [
    {
      name: 'a listed project without a task force',
      files: edit(P, (t) => t.replace(/task_force:\n(  .*\n)+/, '')),
      errors: [{ file: P, line: 1, column: 1, message: /KZ-2022-001 \(annual-2022, rolling-2022-2024\) has no task force.*kz-urban-invest/ }],
    },
    {
      name: 'a task force with no members',
      files: edit(P, (t) => t.replace(/  members:\n(    .*\n)+/, '  members: []\n')),
      errors: [{ file: P, line: 16, column: 3, message: /task force of KZ-2022-001 has no members/ }],
    },
    {
      name: 'a member without a duty',
      files: edit(P, (t) => t.replace('{ person: lin-fang, duty: 台账填报 }', '{ person: lin-fang }')),
      errors: [{ file: P, line: 18, column: 9, message: /member lin-fang of KZ-2022-001 has no duty/ }],
    },
    {
      name: 'the task force is not filed',
      files: edit(P, (t) => t.replace('  filed_on: 2022-01-20\n', '')),
      errors: [{ file: P, line: 14, column: 1, severity: 'warning', message: /not been filed.*filed_on/ }],
    },
  ],
});
