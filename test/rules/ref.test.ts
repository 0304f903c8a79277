// REF: every reference names a record that exists (with a suggestion for a near miss).
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();

ruleTester('REF', {
  valid: [
    { name: 'a target that is a unit', files: world((w) => { w.reviews['2022-q1-inspection'].targets = ['kz-urban-invest']; }) },
  ],
  invalid: [
    { name: 'unknown owner unit', files: world((w) => { w.project.owner = 'kz-urban-invst'; }),
      errors: [{ file: P, path: 'owner', messageId: 'unit', message: /kz-urban-invst.*did you mean "kz-urban-invest"/ }] },
    { name: 'unknown lead leader', files: world((w) => { w.project.lead_leader = 'nobody'; }),
      errors: [{ file: P, path: 'lead_leader', messageId: 'person' }] },
    { name: 'unknown problem in a dispatch', files: world((w) => { w.reviews['2022-02-28-main'].problems[0].problem = 'KZ-2022-001/P9'; }),
      errors: [{ file: file.review('2022-02-28-main'), path: 'problems.0.problem', messageId: 'problem' }] },
    { name: 'countdown task not in the plan', files: world((w) => { w.ledger('2022-01').countdown[0].task = 'C7'; }),
      errors: [{ file: file.ledger('2022-01'), path: 'countdown.0.task', messageId: 'task' }] },
    { name: 'finding target unknown', files: world((w) => { w.reviews['2022-q1-inspection'].findings[1].target = 'kz-nowhere'; }),
      errors: [{ file: file.review('2022-q1-inspection'), path: 'findings.1.target', messageId: 'target', message: /kz-nowhere/ }] },
  ],
});
