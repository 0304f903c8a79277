// TF-3 (二(一)3): every listed project has a task force with members and duties, filed with the
// center. The world's task force: chen-jie (专班负责人) and lin-fang (台账填报), filed 2022-01-20.
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();

ruleTester('TF-3', {
  valid: [
    { name: 'an unlisted project has no task force yet', files: world((w) => {
      w.projects['KZ-2023-010'] = { id: 'KZ-2023-010', name: '城区道路照明改造', sector: 'transport', nature: 'public-welfare', stage: 'reserve', owner: 'kz-urban-invest', total_investment: 900 };
    }) },
  ],
  invalid: [
    { name: 'a listed project without a task force', files: world((w) => { delete w.project.task_force; }),
      errors: [{ file: P, path: 'id', messageId: 'noTaskForce', message: /KZ-2022-001 \(annual-2022, rolling-2022-2024\) has no task force.*kz-urban-invest/ }] },
    { name: 'a task force with no members', files: world((w) => { w.project.task_force.members = []; }),
      errors: [{ file: P, path: 'task_force.members', messageId: 'noMembers' }] },
    { name: 'a member without a duty', files: world((w) => { delete w.project.task_force.members[1].duty; }),
      errors: [{ file: P, path: 'task_force.members.1.person', messageId: 'noDuty', data: { person: 'lin-fang' } }] },
    { name: 'the task force is not filed', files: world((w) => { delete w.project.task_force.filed_on; }),
      errors: [{ file: P, path: 'task_force', messageId: 'notFiled', severity: 'warning', message: /not been filed.*filed_on/ }] },
  ],
});
