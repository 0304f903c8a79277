// IM-2 (二(五)2): a success-contingent fee states the fee on success and on failure.
import { ruleTester } from './tester.js';
import { file, world, type Rec } from './world.js';

const P = file.project();
const withFee = (fee: Rec | undefined) => world((w) => {
  w.project.intermediaries = [{ id: 'zx-consulting', name: '重庆中信咨询有限公司', services: ['fund-application'], contract_on: '2022-01-10', fee }];
});

ruleTester('IM-2', {
  valid: [
    { name: 'both fees stated', files: withFee({ on_success: 30, on_failure: 5 }) },
    { name: 'nothing paid on failure, stated as 0', files: withFee({ on_success: 30, on_failure: 0 }) },
    { name: 'no fee agreement at all', files: withFee(undefined) },
  ],
  invalid: [
    { name: 'only the fee on success', files: withFee({ on_success: 30 }),
      errors: [{ file: P, path: 'intermediaries.0.fee', messageId: 'noFailure', message: /zx-consulting of KZ-2022-001 states 30 万元 on success but nothing on failure/ }] },
    { name: 'only the fee on failure', files: withFee({ on_failure: 5 }),
      errors: [{ file: P, path: 'intermediaries.0.fee', messageId: 'noSuccess', data: { failure: 5 } }] },
  ],
});
