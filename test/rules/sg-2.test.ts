// SG-2 (三(二)): every listed project names its territorial government, a township or street.
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();
const atTransport = world((w) => { w.project.location = 'transport-bureau'; });

ruleTester('SG-2', {
  valid: [
    { name: 'a township as location', files: world((w) => {
      w.units['zhaojia-town'] = { id: 'zhaojia-town', name: '开州区赵家街道', type: 'township', people: [{ id: 'tang-min', name: '唐敏', duty: '属地协调' }] };
      w.project.location = 'zhaojia-town';
    }) },
    { name: 'an unlisted project without location', files: world((w) => {
      w.projects['KZ-2023-010'] = { id: 'KZ-2023-010', name: '城区道路照明改造', sector: 'transport', nature: 'public-welfare', stage: 'reserve', owner: 'kz-urban-invest', total_investment: 900 };
    }) },
  ],
  invalid: [
    { name: 'no location', files: world((w) => { delete w.project.location; }),
      errors: [{ file: P, path: 'id', messageId: 'missing', message: /does not name its territorial government.*township or street/ }] },
    { name: 'a department as location', files: atTransport,
      errors: [{ file: P, path: 'location', messageId: 'notTerritorial', data: { unit: 'transport-bureau', type: 'department' } }] },
    { name: 'an SOE as location', files: world((w) => { w.project.location = 'kz-urban-invest'; }),
      errors: [{ file: P, path: 'location', messageId: 'notTerritorial', data: { type: 'soe' } }] },
  ],
});

describe('SG-2 in Chinese', () => {
  it('names the unit type in Chinese', () => {
    const ds = diagnosticsOf(atTransport, 'zh').filter((d) => d.rule === 'SG-2');
    expect(ds.map((d) => d.message)).toEqual(['项目 KZ-2022-001 的属地 transport-bureau(开州区交通运输委员会)是区级部门(department),不是乡镇或街道']);
  });
});
