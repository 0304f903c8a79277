// AG-2 (二(六)2-3): consent, decision, plan and approval, in this order.
import { ruleTester } from './tester.js';
import { agency, eligible, file, world } from './world.js';

const P = file.project();
const withAgency = (change: Record<string, unknown>) => world((w) => { eligible(w); w.project.agency = agency(change); });

ruleTester('AG-2', {
  valid: [
    { name: 'consent, decision, plan and approval in order', files: withAgency({}) },
    { name: 'steps on the same day, plan in the project proposal', files: withAgency({ decided_on: '2021-11-02', approved_on: '2021-11-02', plan_in: 'proposal' }) },
  ],
  invalid: [
    { name: 'no consent and no plan', files: withAgency({ consent_on: undefined, plan_in: undefined }),
      errors: [
        { file: P, path: 'agency', messageId: 'missing', data: { field: 'consent_on' } },
        { file: P, path: 'agency', messageId: 'missing', data: { field: 'plan_in' }, message: /whether the agency plan is in the project proposal/ },
      ] },
    { name: 'decided before the authority consented', files: withAgency({ decided_on: '2021-11-01' }),
      errors: [{ file: P, path: 'agency.decided_on', messageId: 'order', data: { date: '2021-11-01', before: 'consent_on', beforeDate: '2021-11-02' } }] },
    { name: 'approved before the decision', files: withAgency({ approved_on: '2021-11-10' }),
      errors: [{ file: P, path: 'agency.approved_on', messageId: 'order', data: { before: 'decided_on' } }] },
    { name: 'no decision, approval before consent', files: withAgency({ decided_on: undefined, approved_on: '2021-11-01' }),
      errors: [
        { file: P, path: 'agency', messageId: 'missing', data: { field: 'decided_on' } },
        { file: P, path: 'agency.approved_on', messageId: 'order', data: { before: 'consent_on' } },
      ] },
  ],
});
