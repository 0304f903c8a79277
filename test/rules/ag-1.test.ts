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

ruleTester('AG-1', {
  valid: [
    { name: 'agency on a public-welfare project of an institution', files: agency() },
    { name: 'agency on a public-welfare project of a state organ', files: agency({}, { ownerType: 'organ' }) },
    { name: 'an operating project of an organ without agency: no hint', files: edit('units/kz-urban-invest.yaml', (t) => t.replace('type: soe', 'type: organ')) },
    { name: 'a completed public-welfare project of an institution: no hint', files: edit('units/kz-urban-invest.yaml', (t) => t.replace('type: soe', 'type: institution'), edit(P, (t) => t.replace('nature: operating', 'nature: public-welfare').replace('stage: construction', 'stage: completed'))) },
  ],
  invalid: [
    { name: 'agency on an operating project of an SOE', files: agency({}, { eligible: false }),
      errors: [{ file: P, line: 22, column: 1, message: /KZ-2022-001 uses construction-management agency, but it is an operating project, and its owner kz-urban-invest is of type soe/ }] },
    { name: 'agency on a public-welfare project of an SOE', files: agency({}, { eligible: false, nature: 'public-welfare' }),
      errors: [{ file: P, line: 22, column: 1, message: /but its owner kz-urban-invest is of type soe;/ }] },
    { name: 'a public-welfare project of an institution without agency: a hint', files: edit('units/kz-urban-invest.yaml', (t) => t.replace('type: soe', 'type: institution'), edit(P, (t) => t.replace('nature: operating', 'nature: public-welfare'))),
      errors: [{ file: P, line: 4, column: 9, severity: 'info', message: /KZ-2022-001 is a public-welfare project of the institution kz-urban-invest: construction-management agency is encouraged/ }] },
  ],
});
