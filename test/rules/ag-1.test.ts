// AG-1 (二(六)1): agency only on public-welfare projects of organs and institutions; encouraged there.
import { ruleTester } from './tester.js';
import { agency, eligible, file, world } from './world.js';

const P = file.project();

ruleTester('AG-1', {
  valid: [
    { name: 'agency on a public-welfare project of an institution', files: world((w) => { eligible(w); w.project.agency = agency(); }) },
    { name: 'agency on a public-welfare project of a state organ', files: world((w) => { eligible(w, 'organ'); w.project.agency = agency(); }) },
    { name: 'an operating project of an organ without agency: no hint', files: world((w) => { w.units['kz-urban-invest'].type = 'organ'; }) },
    { name: 'a completed public-welfare project of an institution: no hint', files: world((w) => { eligible(w); w.project.stage = 'completed'; }) },
  ],
  invalid: [
    { name: 'agency on an operating project of an SOE', files: world((w) => { w.project.agency = agency(); }),
      errors: [{ file: P, path: 'agency', messageId: 'notEligible', message: /KZ-2022-001 uses construction-management agency, but it is an operating project, and its owner kz-urban-invest is of type soe/ }] },
    { name: 'agency on a public-welfare project of an SOE', files: world((w) => { w.project.nature = 'public-welfare'; w.project.agency = agency(); }),
      errors: [{ file: P, path: 'agency', messageId: 'notEligible', message: /but its owner kz-urban-invest is of type soe;/ }] },
    { name: 'a public-welfare project of an institution without agency: a hint', files: world((w) => eligible(w)),
      errors: [{ file: P, path: 'nature', messageId: 'encouraged', severity: 'info', data: { project: 'KZ-2022-001', type: 'institution' } }] },
  ],
});
