import { ruleTester } from '../helpers.js';
import { agency, P } from './fixtures/agency.js';

ruleTester('AG-4', {
  valid: [
    { name: 'the owner owns the assets and signs', files: agency() },
    { name: 'neither stated', files: agency({ asset_owner: null, signatory: null }) },
  ],
  invalid: [
    { name: 'assets assigned to the transport bureau', files: agency({ asset_owner: 'transport-bureau' }),
      errors: [{ file: P, line: 29, column: 16, message: /assets of KZ-2022-001 are assigned to "transport-bureau".*owner "kz-urban-invest"/ }] },
    { name: 'signed for by the agent', files: agency({ signatory: 'jianguan-agent' }),
      errors: [{ file: P, line: 30, column: 14, message: /KZ-2022-001 is signed for by "jianguan-agent".*owner "kz-urban-invest"/ }] },
    { name: 'both', files: agency({ asset_owner: 'hanfeng-street', signatory: 'hanfeng-street' }),
      errors: [{ file: P, line: 29, column: 16 }, { file: P, line: 30, column: 14 }] },
  ],
});
