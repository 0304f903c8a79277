// FC-3 (二(八)3): a rolling or annual list project has a liaison who is a person of the owner unit.
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();
// the owner kz-urban-invest has chen-jie (the liaison) and lin-fang; wang-li is of transport-bureau

ruleTester('FC-3', {
  valid: [
    { name: 'another person of the owner', files: world((w) => { w.project.liaison = 'lin-fang'; }) },
  ],
  invalid: [
    { name: 'no liaison', files: world((w) => { delete w.project.liaison; }),
      errors: [{ file: P, path: 'id', messageId: 'missing', message: /its owner has named no liaison.*kz-urban-invest \(e\.g\. chen-jie, lin-fang\)/ }] },
    { name: 'a liaison of the lead unit', files: world((w) => { w.project.liaison = 'wang-li'; }),
      errors: [{ file: P, path: 'liaison', messageId: 'notOwner', data: { person: 'wang-li', unit: 'transport-bureau', owner: 'kz-urban-invest' } }] },
    { name: 'a district leader as liaison', files: world((w) => { w.project.liaison = 'zhang-wei'; }),
      errors: [{ file: P, path: 'liaison', messageId: 'notOwner', data: { unit: 'district-leadership' } }] },
  ],
});
