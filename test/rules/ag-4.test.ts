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
