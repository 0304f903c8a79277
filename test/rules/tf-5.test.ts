// TF-5: the center has staff assigned to every sector that has a listed project.
import { edit, ruleTester, withFiles } from '../helpers.js';

const C = 'units/drc-center.yaml';
const water = (from?: ReturnType<typeof edit>) => edit('kzp.yaml', (t) => t + '  water: 水利\n', from);
const waterProject = (stage: string) => `id: KZ-2022-002\nname: 开州区鲤鱼塘水库灌区工程\nsector: water\nnature: public-welfare\nstage: ${stage}\nowner: kz-urban-invest\ntotal_investment: 8600\n`;

ruleTester('TF-5', {
  valid: [
    { name: 'a sector with only unlisted projects needs no staff', files: withFiles({ 'projects/KZ-2022-002.yaml': waterProject('reserve') }, water()) },
    { name: 'one staff member covering two sectors', files: edit(C, (t) => t.replace('sectors: [transport]', 'sectors: [transport, water]'), water()) },
  ],
  invalid: [
    {
      name: 'nobody at the center covers transport',
      files: edit(C, (t) => t.replace(' sectors: [transport],', '')),
      errors: [{ file: C, line: 4, column: 1, severity: 'warning', message: /sector transport \(交通\) has listed projects KZ-2022-001.*center drc-center.*sectors: \[transport\]/ }],
    },
    {
      name: 'a listed water project and no water staff',
      files: withFiles({ 'projects/KZ-2022-002.yaml': waterProject('preliminary') }, edit('lists/rolling-2022-2024.yaml', (t) => t + '  - { project: KZ-2022-002 }\n', water())),
      errors: [{ file: C, line: 4, column: 1, severity: 'warning', message: /water \(水利\).*KZ-2022-002/ }],
    },
    {
      name: 'no center unit: reported at the sector in kzp.yaml',
      files: withFiles({ [C]: null }),
      errors: [{ file: 'kzp.yaml', line: 16, column: 3, severity: 'warning', message: /no center unit drc-center/ }],
    },
  ],
});
