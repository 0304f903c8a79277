// AG-3 (二(六)4): the agency contract states scope, rights and duties, and a fee within the total.
import { ruleTester } from './tester.js';
import { agency, eligible, file, world } from './world.js';

const P = file.project();
const withContract = (contract: Record<string, unknown> | undefined) => world((w) => { eligible(w); w.project.agency = agency({ contract }); });

ruleTester('AG-3', {
  valid: [
    { name: 'scope, duties and a fee within the total', files: withContract({ scope: '全过程', duties: '见合同', fee: 120, fee_in_total: true }) },
    { name: 'a fee outside the total investment may exceed it', files: withContract({ scope: '施工阶段建设管理', duties: '见合同第三条', fee: 13000, fee_in_total: false }) },
  ],
  invalid: [
    { name: 'no contract', files: withContract(undefined),
      errors: [{ file: P, path: 'agency', messageId: 'noContract' }] },
    { name: 'no duties, and a fee above the total investment (12800)', files: withContract({ scope: '全过程', fee: 13000, fee_in_total: true }),
      errors: [
        { file: P, path: 'agency.contract', messageId: 'field', data: { field: 'duties' } },
        { file: P, path: 'agency.contract.fee', messageId: 'feeOverTotal', data: { fee: 13000, total: 12800 } },
      ] },
    { name: 'an empty scope', files: withContract({ scope: '', duties: '见合同', fee: 100 }),
      errors: [{ file: P, path: 'agency.contract.scope', messageId: 'field', data: { field: 'scope' } }] },
  ],
});
