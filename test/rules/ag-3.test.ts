import { ruleTester } from '../helpers.js';
import { agency, P } from './fixtures/agency.js';

ruleTester('AG-3', {
  valid: [
    { name: 'scope, duties and a fee within the total', files: agency() },
    { name: 'a fee outside the total investment may exceed it', files: agency({ contract: '{ scope: 施工阶段建设管理, duties: 见合同第三条, fee: 13000, fee_in_total: false }' }) },
  ],
  invalid: [
    { name: 'no contract', files: agency({ contract: null }),
      errors: [{ file: P, line: 22, column: 1, message: /KZ-2022-001 uses construction-management agency but records no agency contract/ }] },
    { name: 'no duties, and a fee above the total investment', files: agency({ contract: '{ scope: 全过程, fee: 13000, fee_in_total: true }' }),
      errors: [
        { file: P, line: 28, column: 3, message: /does not state the rights and duties of each side \(contract\.duties\)/ },
        { file: P, line: 28, column: 32, message: /13000 万元, is included in the total investment but exceeds it \(12800 万元\)/ },
      ] },
    { name: 'an empty scope', files: agency({ contract: '\n    scope: ""\n    duties: 见合同\n    fee: 100' }),
      errors: [{ file: P, line: 29, column: 12, message: /does not state the scope/ }] },
  ],
});
