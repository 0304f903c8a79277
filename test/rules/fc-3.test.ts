// FC-3: a rolling or annual list project has a liaison who is a person of the owner unit.
import { edit, ruleTester } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';

ruleTester('FC-3', {
  valid: [
    { name: 'another person of the owner', files: edit(P, (t) => t.replace('liaison: chen-jie', 'liaison: lin-fang')) },
    { name: 'liaison written with a comment', files: edit(P, (t) => t.replace('liaison: chen-jie', 'liaison: chen-jie   # 联络员')) },
  ],
  invalid: [
    {
      name: 'no liaison',
      files: edit(P, (t) => t.replace('liaison: chen-jie\n', '')),
      errors: [{ file: P, line: 1, column: 1, message: /KZ-2022-001 is on a rolling or annual list but its owner has named no liaison.*kz-urban-invest \(e\.g\. chen-jie, lin-fang\)/ }],
    },
    {
      name: 'a liaison of the lead unit',
      files: edit(P, (t) => t.replace('liaison: chen-jie', 'liaison: wang-li')),
      errors: [{ file: P, line: 9, column: 10, message: /liaison wang-li of KZ-2022-001 is a person of transport-bureau, not of the owner kz-urban-invest/ }],
    },
    {
      name: 'a district leader as liaison',
      files: edit(P, (t) => t.replace('liaison: chen-jie', 'liaison: zhang-wei')),
      errors: [{ file: P, line: 9, column: 10, message: /district-leadership/ }],
    },
  ],
});
