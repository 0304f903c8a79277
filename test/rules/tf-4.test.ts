// TF-4 (二(一)4): a major project names its designated lead unit and person; its task force has the
// owner and an approval or factor-guarantee unit. The world's task force is chen-jie and lin-fang,
// both of the owner kz-urban-invest; zheng-li is of planning-bureau (approval, factor-guarantee).
import { ruleTester } from './tester.js';
import { file, world, type World } from './world.js';

const P = file.project();
const major = (w: World, designated: Record<string, string> | null = { lead_unit: 'transport-bureau', lead_person: 'wang-li' }) => {
  w.project.major = true;
  if (designated) w.project.designated = designated;
};
const withPlanning = (w: World) => { w.project.task_force.members.push({ person: 'zheng-li', duty: '用地审批' }); };

ruleTester('TF-4', {
  valid: [
    { name: 'a major project with designated lead and a joint task force', files: world((w) => { major(w); withPlanning(w); }) },
    { name: 'major: false needs nothing more', files: world((w) => { w.project.major = false; }) },
  ],
  invalid: [
    { name: 'major without designated lead and without approval/factor member', files: world((w) => major(w, null)),
      errors: [
        { file: P, path: 'task_force.members', messageId: 'noSupportMember', message: /finance-bureau, planning-bureau/ },
        { file: P, path: 'major', messageId: 'noDesignated' },
      ] },
    { name: 'designated without lead_person', files: world((w) => { major(w, { lead_unit: 'transport-bureau' }); withPlanning(w); }),
      errors: [{ file: P, path: 'designated', messageId: 'noLeadPerson' }] },
    { name: 'no member of the owner', files: world((w) => { major(w); w.project.task_force.members = [{ person: 'wang-li', duty: '牵头协调' }, { person: 'zheng-li', duty: '用地审批' }]; }),
      errors: [{ file: P, path: 'task_force.members', messageId: 'noOwnerMember', data: { owner: 'kz-urban-invest' } }] },
    { name: 'a major project without a task force at all', files: world((w) => { major(w); delete w.project.task_force; }),
      errors: [{ file: P, path: 'major', messageId: 'noTaskForce' }] },
  ],
});
