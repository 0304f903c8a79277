// KP-1: total investment below key_project_min_investment is an error unless `key: false`.
import { ruleTester } from './tester.js';
import { file, world, type Rec } from './world.js';

const P = file.project();
// the world's project has a total investment of 12800 万元
const small = (extra: Rec = {}): Rec => ({ id: 'KZ-2022-009', name: '小型维修工程', sector: 'transport', nature: 'public-welfare', stage: 'preliminary', owner: 'kz-urban-invest', total_investment: 120, ...extra });

ruleTester('KP-1', {
  valid: [
    { name: 'total investment exactly at the threshold', files: world((w) => { w.config.key_project_min_investment = 12800; }) },
    { name: 'below the threshold with key: false', files: world((w) => { w.config.key_project_min_investment = 20000; w.project.key = false; }) },
    { name: 'a small unlisted non-key project at the default threshold', files: world((w) => { w.projects['KZ-2022-009'] = small({ key: false }); }) },
  ],
  invalid: [
    { name: 'below a raised threshold', files: world((w) => { w.config.key_project_min_investment = 20000; }),
      errors: [{ file: P, path: 'total_investment', messageId: 'below', data: { amount: 12800, min: 20000 }, message: /key: false/ }] },
    { name: 'key: true does not exempt', files: world((w) => { w.config.key_project_min_investment = 20000; w.project.key = true; }),
      errors: [{ file: P, path: 'total_investment', messageId: 'below' }] },
    { name: 'below the default 400 万元', files: world((w) => { w.projects['KZ-2022-009'] = small({ total_investment: 399.99 }); }),
      errors: [{ file: file.project('KZ-2022-009'), path: 'total_investment', messageId: 'below', data: { amount: 399.99, min: 400 } }] },
  ],
});
