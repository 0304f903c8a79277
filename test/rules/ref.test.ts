import { edit, ruleTester } from '../helpers.js';

ruleTester('REF', {
  valid: [
    { name: 'a target that is a unit', files: edit('reviews/2022/2022-q1-inspection.yaml', (t) => t.replace('targets: [KZ-2022-001, kz-urban-invest]', 'targets: [kz-urban-invest]')) },
  ],
  invalid: [
    { name: 'unknown owner unit', files: edit('projects/KZ-2022-001.yaml', (t) => t.replace('owner: kz-urban-invest', 'owner: kz-urban-invst')), errors: [{ file: 'projects/KZ-2022-001.yaml', line: 6, column: 8, message: /kz-urban-invst.*did you mean "kz-urban-invest"/ }] },
    { name: 'unknown lead leader', files: edit('projects/KZ-2022-001.yaml', (t) => t.replace('lead_leader: zhang-wei', 'lead_leader: nobody')), errors: [{ file: 'projects/KZ-2022-001.yaml', line: 8, column: 14 }] },
    { name: 'unknown problem in a dispatch', files: edit('reviews/2022/2022-02-28-main.yaml', (t) => t.replace('KZ-2022-001/P1', 'KZ-2022-001/P9')), errors: [{ file: 'reviews/2022/2022-02-28-main.yaml', line: 8, column: 16 }] },
    { name: 'countdown task not in the plan', files: edit('ledgers/2022-01/KZ-2022-001.yaml', (t) => t.replace('task: C1', 'task: C7')), errors: [{ file: 'ledgers/2022-01/KZ-2022-001.yaml', line: 7, column: 13 }] },
    { name: 'finding target unknown', files: edit('reviews/2022/2022-q1-inspection.yaml', (t) => t.replace('target: kz-urban-invest,', 'target: kz-nowhere,')), errors: [{ file: 'reviews/2022/2022-q1-inspection.yaml', line: 9, message: /kz-nowhere/ }] },
  ],
});
