// FC-2: a rolling or annual list project has a lead unit, normally an industry or administrative
// authority or the territorial government.
import { edit, ruleTester } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
/** make a unit a full responsible unit (TF-2, SG-1), so that leading a listed project is clean */
const responsible = (id: string, from = edit(P, (t) => t.replace('lead_unit: transport-bureau', `lead_unit: ${id}`))) =>
  edit(`units/${id}.yaml`, (t) => t.replace(/\npeople:\n/, '\nproject_section: { filed_on: 2022-01-08 }\npeople:\n').replace(/duty: ([^,}]+?) }/, 'duty: $1, expert: true }'), from);

ruleTester('FC-2', {
  valid: [
    { name: 'the territorial street leads', files: responsible('hanfeng-street') },
    { name: 'a department with the administrative-authority role', files: responsible('drc') },
  ],
  invalid: [
    {
      name: 'no lead unit',
      files: edit(P, (t) => t.replace('lead_unit: transport-bureau\n', '')),
      errors: [{ file: P, line: 1, column: 1, message: /KZ-2022-001 is on a rolling or annual list but has no lead responsible unit.*industry authority/ }],
    },
    {
      name: 'an SOE as lead unit',
      files: edit(P, (t) => t.replace('lead_unit: transport-bureau', 'lead_unit: kz-urban-invest')),
      errors: [{ file: P, line: 7, column: 12, severity: 'warning', message: /kz-urban-invest .*is a district SOE \(soe\); a lead responsible unit is normally an industry authority.*territorial: hanfeng-street/ }],
    },
    {
      name: 'a department that is no authority',
      files: responsible('finance-bureau'),
      errors: [{ file: P, line: 7, column: 12, severity: 'warning', message: /finance-bureau.*neither an industry authority nor an administrative authority/ }],
    },
    {
      name: 'the center as lead unit',
      files: edit(P, (t) => t.replace('lead_unit: transport-bureau', 'lead_unit: drc-center')),
      errors: [{ file: P, line: 7, column: 12, severity: 'warning', message: /is the center \(center\)/ }],
    },
  ],
});
