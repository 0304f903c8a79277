import { ruleTester } from '../helpers.js';
import { agency, P } from './fixtures/agency.js';

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
