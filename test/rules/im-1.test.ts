// IM-1 (二(五)1): an intermediary is named, with its services and contract date.
import { ruleTester } from './tester.js';
import { file, world, type Rec } from './world.js';

const P = file.project();
const withIntermediary = (x: Rec) => world((w) => { w.project.intermediaries = [{ id: 'zx-consulting', ...x }]; });

ruleTester('IM-1', {
  valid: [
    { name: 'name, services and contract date', files: withIntermediary({ name: '重庆中信咨询有限公司', services: ['packaging', 'fund-application'], contract_on: '2022-01-10', fee: { on_success: 30, on_failure: 5 } }) },
  ],
  invalid: [
    { name: 'no name', files: withIntermediary({ services: ['preliminary'], contract_on: '2022-01-10' }),
      errors: [{ file: P, path: 'intermediaries.0', messageId: 'name', data: { id: 'zx-consulting' } }] },
    { name: 'empty services and no contract date', files: withIntermediary({ name: '重庆中信咨询有限公司', services: [] }),
      errors: [{ file: P, path: 'intermediaries.0', messageId: 'contract' }, { file: P, path: 'intermediaries.0.services', messageId: 'services' }] },
    { name: 'an empty name and no services', files: withIntermediary({ name: '', contract_on: '2022-01-10' }),
      errors: [{ file: P, path: 'intermediaries.0', messageId: 'services' }, { file: P, path: 'intermediaries.0.name', messageId: 'name' }] },
  ],
});
