// TF-5 (二(一)5): the center has staff assigned to every sector that has a listed project. In the
// world, li-ming of drc-center covers transport, the sector of KZ-2022-001.
import { ruleTester } from './tester.js';
import { file, world, type World } from './world.js';

const C = file.unit('drc-center');
const waterProject = (w: World, stage: string) => {
  w.config.sectors.water = '水利';
  w.projects['KZ-2022-002'] = { id: 'KZ-2022-002', name: '开州区鲤鱼塘水库灌区工程', sector: 'water', nature: 'public-welfare', stage, owner: 'kz-urban-invest', total_investment: 8600 };
};

ruleTester('TF-5', {
  valid: [
    { name: 'a sector with only unlisted projects needs no staff', files: world((w) => waterProject(w, 'reserve')) },
    { name: 'one staff member covering two sectors', files: world((w) => { w.config.sectors.water = '水利'; w.units['drc-center'].people[0].sectors = ['transport', 'water']; }) },
  ],
  invalid: [
    { name: 'nobody at the center covers transport', files: world((w) => { delete w.units['drc-center'].people[0].sectors; }),
      errors: [{ file: C, path: 'people', messageId: 'unassigned', severity: 'warning', data: { sector: 'transport' }, message: /center drc-center.*sectors: \[transport\]/ }] },
    { name: 'a listed water project and no water staff', files: world((w) => { waterProject(w, 'preliminary'); w.lists['rolling-2022-2024'].projects.push({ project: 'KZ-2022-002' }); }),
      errors: [{ file: C, path: 'people', messageId: 'unassigned', severity: 'warning', data: { sector: 'water' } }] },
    { name: 'no center unit: reported at the sector in kzp.yaml', files: world((w) => { delete w.units['drc-center']; }),
      errors: [{ file: file.config, path: 'sectors.transport', messageId: 'noCenter', severity: 'warning' }] },
  ],
});
