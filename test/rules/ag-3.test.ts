import { edit, ruleTester } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const FULL = {
  agent: '重庆某建设管理有限公司',
  consent_on: '2021-11-02',
  decided_on: '2021-11-20',
  plan_in: 'feasibility-report',
  approved_on: '2021-12-05',
  contract: '{ signed_on: 2021-12-20, scope: 全过程建设管理, duties: 业主决策签章、代理单位负责建设实施管理, fee: 120, fee_in_total: true }',
  asset_owner: 'kz-urban-invest',
  signatory: 'kz-urban-invest',
};
type Agency = Partial<Record<keyof typeof FULL, string | null>>;
/**
 * The base project made eligible for agency (AG-1): public-welfare, its owner an institution;
 * `agency:` is inserted at line 22, one field per line in the order of FULL (consent_on at 24 …).
 */
function agency(change: Agency = {}, opts: { eligible?: boolean; nature?: string; ownerType?: string } = {}) {
  const fields = { ...FULL, ...change };
  const block = Object.entries(fields).filter(([, v]) => v !== null).map(([k, v]) => `  ${k}: ${v}\n`).join('');
  const eligible = opts.eligible ?? true;
  let files = edit(P, (t) => t.replace('decision:', `agency:\n${block}decision:`));
  if (eligible || opts.nature) files = edit(P, (t) => t.replace('nature: operating', `nature: ${opts.nature ?? 'public-welfare'}`), files);
  if (eligible || opts.ownerType) files = edit('units/kz-urban-invest.yaml', (t) => t.replace('type: soe', `type: ${opts.ownerType ?? 'institution'}`), files);
  return files;
}

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
