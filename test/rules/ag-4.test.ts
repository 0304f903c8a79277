// AG-4 (二(六)6): the owner signs and owns the assets.
import { ruleTester } from './tester.js';
import { agency, eligible, file, world } from './world.js';

const P = file.project();
const withAgency = (change: Record<string, unknown>) => world((w) => { eligible(w); w.project.agency = agency(change); });

ruleTester('AG-4', {
  valid: [
    { name: 'the owner kz-urban-invest owns the assets and signs', files: withAgency({}) },
    { name: 'neither stated', files: withAgency({ asset_owner: undefined, signatory: undefined }) },
  ],
  invalid: [
    { name: 'assets assigned to the transport bureau', files: withAgency({ asset_owner: 'transport-bureau' }),
      errors: [{ file: P, path: 'agency.asset_owner', messageId: 'asset', message: /assets of KZ-2022-001 are assigned to "transport-bureau".*owner "kz-urban-invest"/ }] },
    { name: 'signed for by the agent', files: withAgency({ signatory: 'jianguan-agent' }),
      errors: [{ file: P, path: 'agency.signatory', messageId: 'signatory', message: /KZ-2022-001 is signed for by "jianguan-agent".*owner "kz-urban-invest"/ }] },
    { name: 'both', files: withAgency({ asset_owner: 'hanfeng-street', signatory: 'hanfeng-street' }),
      errors: [{ file: P, path: 'agency.asset_owner', messageId: 'asset' }, { file: P, path: 'agency.signatory', messageId: 'signatory' }] },
  ],
});
