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

ruleTester('AG-2', {
  valid: [
    { name: 'consent, decision, plan and approval in order', files: agency() },
    { name: 'steps on the same day, plan in the project proposal', files: agency({ decided_on: '2021-11-02', approved_on: '2021-11-02', plan_in: 'proposal' }) },
  ],
  invalid: [
    { name: 'no consent and no plan', files: agency({ consent_on: null, plan_in: null }),
      errors: [
        { file: P, line: 22, column: 1, message: /KZ-2022-001 uses construction-management agency but does not record agency\.consent_on/ },
        { file: P, line: 22, column: 1, message: /agency\.plan_in \(whether the agency plan is in the project proposal/ },
      ] },
    { name: 'decided before the authority consented', files: agency({ decided_on: '2021-11-01' }),
      errors: [{ file: P, line: 25, column: 15, message: /agency\.decided_on \(2021-11-01\) is before agency\.consent_on \(2021-11-02\)/ }] },
    { name: 'approved before the decision', files: agency({ approved_on: '2021-11-10' }),
      errors: [{ file: P, line: 27, column: 16, message: /agency\.approved_on \(2021-11-10\) is before agency\.decided_on \(2021-11-20\)/ }] },
    { name: 'no decision, approval before consent', files: agency({ decided_on: null, approved_on: '2021-11-01' }),
      errors: [
        { file: P, line: 22, column: 1, message: /agency\.decided_on/ },
        { file: P, line: 26, column: 16, message: /approved_on \(2021-11-01\) is before agency\.consent_on \(2021-11-02\)/ },
      ] },
  ],
});
