import { edit, ruleTester } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const withFee = (fee: string) => edit(P, (t) => t.replace('decision:', `intermediaries:\n  - id: zx-consulting\n    name: 重庆中信咨询有限公司\n    services: [fund-application]\n    contract_on: 2022-01-10\n${fee}decision:`));

ruleTester('IM-2', {
  valid: [
    { name: 'both fees stated', files: withFee('    fee: { on_success: 30, on_failure: 5 }\n') },
    { name: 'nothing paid on failure, stated as 0', files: withFee('    fee:\n      on_success: 30\n      on_failure: 0\n') },
    { name: 'no fee agreement at all', files: withFee('') },
  ],
  invalid: [
    { name: 'only the fee on success', files: withFee('    fee: { on_success: 30 }\n'),
      errors: [{ file: P, line: 27, column: 5, message: /zx-consulting of KZ-2022-001 states 30 万元 on success but nothing on failure/ }] },
    { name: 'only the fee on failure', files: withFee('    fee:\n      on_failure: 5\n'),
      errors: [{ file: P, line: 27, column: 5, message: /states 5 万元 on failure but nothing on success/ }] },
  ],
});
