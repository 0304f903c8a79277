// FC-2 (二(八)2): a rolling or annual list project has a lead unit, normally an industry or
// administrative authority or the territorial government.
import { ruleTester } from './tester.js';
import { file, world, type World } from './world.js';

const P = file.project();
/** `id` leads the project, with a filed project section and an expert (TF-2, SG-1 are clean) */
const leads = (id: string) => (w: World) => {
  const u = w.units[id];
  u.project_section = { filed_on: '2022-01-08' };
  u.people[0].expert = true;
  u.people[0].duty ??= '项目科';
  w.project.lead_unit = id;
  // the lead unit's own dispatch (DS-7: a lead-unit dispatch is convened by the project's lead unit)
  w.reviews['2022-01-18-transport'].convener = id;
};

ruleTester('FC-2', {
  valid: [
    { name: 'the territorial street leads', files: world(leads('hanfeng-street')) },
    { name: 'a department with the administrative-authority role (drc)', files: world(leads('drc')) },
  ],
  invalid: [
    { name: 'no lead unit', files: world((w) => { delete w.project.lead_unit; }),
      errors: [{ file: P, path: 'id', messageId: 'missing', message: /has no lead responsible unit.*industry authority/ }] },
    { name: 'an SOE as lead unit', files: world((w) => { w.project.lead_unit = 'kz-urban-invest'; }),
      errors: [{ file: P, path: 'lead_unit', messageId: 'unusualType', severity: 'warning', data: { type: 'soe' }, message: /territorial: hanfeng-street/ }] },
    { name: 'a department that is no authority (finance-bureau: factor-guarantee)', files: world(leads('finance-bureau')),
      errors: [{ file: P, path: 'lead_unit', messageId: 'noAuthorityRole', severity: 'warning', data: { unit: 'finance-bureau' } }] },
    { name: 'the center as lead unit', files: world((w) => { w.project.lead_unit = 'drc-center'; }),
      errors: [{ file: P, path: 'lead_unit', messageId: 'unusualType', severity: 'warning', data: { type: 'center' } }] },
  ],
});
