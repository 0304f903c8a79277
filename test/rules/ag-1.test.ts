import { edit, ruleTester } from '../helpers.js';
import { agency, P } from './fixtures/agency.js';

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
